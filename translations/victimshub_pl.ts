<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>Access</name>
    <message>
        <location filename="../core/services/Access.cpp" line="69"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/Access.cpp" line="70"/>
        <source>Another team&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/Access.cpp" line="101"/>
        <source>this record was merged into %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/Access.cpp" line="103"/>
        <source>open that record and record it there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../ui/widgets/Appearance.cpp" line="86"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/Appearance.cpp" line="90"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/Appearance.cpp" line="106"/>
        <source>Applied. Start Victims&apos; Hub again to see it on every page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="85"/>
        <source>unknown field (this program reads archive version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="99"/>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="470"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="104"/>
        <source>contains an unpaired UTF-16 surrogate escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="118"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="136"/>
        <source>unknown code &apos;%1&apos; (not_asked, safe or not_safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="141"/>
        <source>is &apos;%1&apos; but %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="153"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="165"/>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="177"/>
        <source>&apos;%1&apos; is not an RFC 3339 timestamp (like 2026-10-05T09:30:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="200"/>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="219"/>
        <source>must be an object whose values are strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="232"/>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="468"/>
        <source>is required</source>
        <translation type="unfinished">jest wymagane</translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="339"/>
        <source>lists a referral twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="349"/>
        <source>unknown task kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="358"/>
        <source>is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="362"/>
        <source>a record cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="369"/>
        <source>the line is empty; every line must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="375"/>
        <source>the last line is cut short (no line end and not complete JSON): the file looks truncated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="378"/>
        <source>the line is not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="383"/>
        <source>the line is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="435"/>
        <source>the first line must be the archive header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="438"/>
        <source>must be &quot;%1&quot;: this is not a Victims&apos; Hub archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="443"/>
        <source>must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="446"/>
        <source>the archive is version %1, written by a newer version of Victims&apos; Hub; this program reads version %2: update the program to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="455"/>
        <source>unknown field in the archive header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="473"/>
        <source>a second archive header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="477"/>
        <source>unknown record type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveLineParser.cpp" line="500"/>
        <source>unknown record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="132"/>
        <source>the archive is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="152"/>
        <source>cannot read the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="154"/>
        <source>the archive is empty; the first line must be the archive header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="193"/>
        <source>the file starts with a UTF-8 byte order mark (BOM); an archive is UTF-8 without a BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="196"/>
        <source>the line is not valid UTF-8 (byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="239"/>
        <source>duplicate id %1: line %2 already has it (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="286"/>
        <source>%1 is a %2 (line %3), not a %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="299"/>
        <source>no %1 with id %2 in the database or earlier in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="336"/>
        <source>person %1 was erased; an erased person&apos;s records cannot be imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="367"/>
        <source>contact %1 already exists with different content; contacts are never replaced, not even with --replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="381"/>
        <source>%1 %2 already exists with different content (import with --replace to overwrite it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="434"/>
        <source>%1 %2 is new or differs from this database&apos;s, and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="454"/>
        <source>the records of person %1 cannot be imported by you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="497"/>
        <source>&apos;%1&apos; is already the username of user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="595"/>
        <source>a merge is never replaced; undo it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="607"/>
        <source>duplicate referral profile &apos;%1&apos;: line %2 already has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="618"/>
        <source>must be the profile&apos;s own name (&apos;%1&apos;), without spaces round it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="624"/>
        <source>must be the profile&apos;s own source (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="627"/>
        <source>the profile&apos;s %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="644"/>
        <source>a different referral profile called &apos;%1&apos; is already on file; import with replace to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="667"/>
        <source>%1 is a %2 (line %3), not a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="676"/>
        <source>no contact with id %1 in the database or the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveReader.cpp" line="683"/>
        <source>contact %1 is itself an amendment; an amendment must amend the original contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <location filename="../core/services/AuditService.cpp" line="24"/>
        <source>&apos;%1&apos; is not a person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuditService.cpp" line="27"/>
        <source>the first day is after the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuditService.cpp" line="30"/>
        <source>a page holds 1 to %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuditService.cpp" line="117"/>
        <source>event %1 is missing: event %2 follows event %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuditService.cpp" line="121"/>
        <source>events %1 to %2 are missing: event %3 follows event %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuditService.cpp" line="129"/>
        <source>event %1 does not follow event %2: it was inserted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuditService.cpp" line="134"/>
        <source>event %1 was edited: its contents do not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuditService.cpp" line="205"/>
        <source>could not write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <location filename="../core/services/AuthService.cpp" line="47"/>
        <source>must be at least %1 characters long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="49"/>
        <source>must not be the username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="58"/>
        <source>there is no user called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="67"/>
        <source>wrong username or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="105"/>
        <source>this account is locked for 1 minute after %1 failed sign-ins; try again after %2 or ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="109"/>
        <source>this account is locked for %1 minutes after %2 failed sign-ins; try again after %3 or ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="151"/>
        <source>this account is disabled; ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="180"/>
        <source>your password is temporary: choose a new one to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="212"/>
        <source>must differ from the current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthUsers.cpp" line="24"/>
        <source>use 2 to 64 lower-case letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthUsers.cpp" line="41"/>
        <source>only an administrator can manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthUsers.cpp" line="82"/>
        <source>&apos;%1&apos; is already a user with the role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthUsers.cpp" line="129"/>
        <source>&apos;%1&apos; is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthFirstRun.cpp" line="31"/>
        <source>the database already has users; sign in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthFirstRun.cpp" line="34"/>
        <location filename="../core/services/AuthUsers.cpp" line="131"/>
        <location filename="../core/services/HubSetupService.cpp" line="56"/>
        <source>is longer than 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthUsers.cpp" line="56"/>
        <source>the database already has users: only an administrator, signed in, may make another administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthUsers.cpp" line="134"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthUsers.cpp" line="138"/>
        <source>is not a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthUsers.cpp" line="141"/>
        <source>%1 is a retired team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/AuthUsers.cpp" line="204"/>
        <source>you cannot disable your own account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/backup/Backup.cpp" line="107"/>
        <source>the backup does not hold a Victims&apos; Hub database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="112"/>
        <source>the backup&apos;s audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="137"/>
        <source>cannot remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="146"/>
        <location filename="../core/backup/Backup.cpp" line="219"/>
        <location filename="../core/backup/Backup.cpp" line="267"/>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="149"/>
        <location filename="../core/backup/Backup.cpp" line="155"/>
        <location filename="../core/backup/Backup.cpp" line="159"/>
        <location filename="../core/backup/Backup.cpp" line="222"/>
        <location filename="../core/backup/Backup.cpp" line="227"/>
        <location filename="../core/backup/Backup.cpp" line="276"/>
        <location filename="../core/backup/Backup.cpp" line="280"/>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="170"/>
        <source>a backup or a restore needs a signed-in administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="208"/>
        <source>the passphrase needs at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="213"/>
        <location filename="../core/backup/Backup.cpp" line="272"/>
        <source>cannot create a private temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="228"/>
        <source>%1: is its drive full, or the folder read-only? Nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="230"/>
        <source>the file could not be written in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="257"/>
        <location filename="../core/backup/Backup.cpp" line="259"/>
        <source>cannot restore to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="257"/>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="259"/>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/Backup.cpp" line="262"/>
        <source>%1 already holds a database; nothing changed (replace it only on purpose, with --replace)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCrypto</name>
    <message>
        <location filename="../core/backup/BackupCrypto.cpp" line="72"/>
        <location filename="../core/backup/BackupCrypto.cpp" line="126"/>
        <source>the encryption library cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupCrypto.cpp" line="74"/>
        <source>the passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupCrypto.cpp" line="89"/>
        <location filename="../core/backup/BackupCrypto.cpp" line="155"/>
        <source>not enough memory to derive the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupCrypto.cpp" line="129"/>
        <source>cannot decrypt: wrong passphrase, or the file is damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupCrypto.cpp" line="135"/>
        <source>not a Victims&apos; Hub backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupCrypto.cpp" line="140"/>
        <source>the backup was written by a newer version of Victims&apos; Hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeListService</name>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="62"/>
        <source>Referral sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="64"/>
        <source>Offence groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="66"/>
        <source>Needs areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="68"/>
        <source>Onward agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="70"/>
        <source>Outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="90"/>
        <source>only administrators and supervisors can read the code lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="98"/>
        <source>only an administrator can change the code lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="106"/>
        <source>&apos;%1&apos; is not a code list administrators change; the lists are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="120"/>
        <source>there is no code &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="151"/>
        <source>a code needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="154"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished">jest dłuższe niż %1 znaków</translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="161"/>
        <source>&apos;%1&apos; is already the label of the code %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="210"/>
        <source>a code is 2 to 64 lower-case letters, digits and _, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="214"/>
        <source>%1 already has the code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="247"/>
        <source>the code %1 of %2 is already retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="263"/>
        <source>%1 is already first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CodeListService.cpp" line="264"/>
        <source>%1 is already last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <location filename="../core/services/ContactService.cpp" line="32"/>
        <source>%1&apos;s record says it is NOT safe to leave voicemail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="33"/>
        <source>Nobody has asked %1 yet whether it is safe to leave voicemail: record the answer in the person&apos;s details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="37"/>
        <source>%1&apos;s record says it is NOT safe to send letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="38"/>
        <source>Nobody has asked %1 yet whether it is safe to send letters: record the answer in the person&apos;s details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="42"/>
        <source>%1&apos;s record says it is NOT safe to send text messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="43"/>
        <source>Nobody has asked %1 yet whether it is safe to send text messages: record the answer in the person&apos;s details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="64"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="102"/>
        <source>is in the future</source>
        <translation type="unfinished">jest w przyszłości</translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="109"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="114"/>
        <source>Give a reason to log it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="124"/>
        <source>is not a referral of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ContactService.cpp" line="131"/>
        <source>is not a support episode of this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="147"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="152"/>
        <source>&apos;%1&apos; is not a comma, a semicolon or a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="162"/>
        <source>this system cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="172"/>
        <source>cannot start the CSV reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="207"/>
        <source>a quoted cell is never closed (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/CsvReader.cpp" line="243"/>
        <source>the file is empty: it has no header row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskJoin</name>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="74"/>
        <source>a desk joins a PostgreSQL hub (postgresql://host/db); a SQLite-file hub has no enrolment codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="85"/>
        <source>%1 already holds users or records: joining a hub is for a new desk (choose another file, or sync this one with the hub as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="108"/>
        <source>give the user name the code is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="111"/>
        <source>an enrolment code is 16 letters and digits, as 4 groups of 4 (XXXX-XXXX-XXXX-XXXX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="128"/>
        <source>the hub did not accept this user name and code: check both (a code is also refused once a newer one was issued, or after it expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="133"/>
        <source>this enrolment code has been used or revoked: ask an administrator for a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="136"/>
        <source>no hub answered at %1: check the address and the network (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="181"/>
        <source>this desk keeps its hub password in the system keychain, and cannot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="257"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/DeskJoin.cpp" line="263"/>
        <source>the code is used up, but this desk could not receive the hub&apos;s data (%1): ask an administrator to remove the desk login %2 (hubctl hub user remove) and to issue a new code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <location filename="../core/services/DirectoryService.cpp" line="48"/>
        <source>there is no user called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/DirectoryService.cpp" line="51"/>
        <source>the user &apos;%1&apos; is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/DirectoryService.cpp" line="62"/>
        <source>the database has no active caseworker yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeService</name>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="33"/>
        <source>Support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="35"/>
        <source>the support episode is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="111"/>
        <source>Onward referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="146"/>
        <source>closure has already been requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="148"/>
        <source>choose why support is ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="154"/>
        <source>rate &apos;%1&apos; (choose &quot;Not applicable&quot; if it does not apply)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeUi</name>
    <message>
        <location filename="../ui/episodes/EpisodeContext.cpp" line="14"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodeContext.cpp" line="34"/>
        <location filename="../ui/episodes/EpisodeContext.cpp" line="42"/>
        <source>%1: %2</source>
        <comment>field, problem</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="44"/>
        <source>erase that record, and this one goes with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="58"/>
        <source>must be between 1 and %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="74"/>
        <source>the erasure is saved, but the database&apos;s write-ahead log could not be cleared yet (%1); close the other programs using the database and erase again to clear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="139"/>
        <source>&apos;%1&apos; is not a person id (expected a lower-case UUID such as 0b5c2a9e-...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="144"/>
        <source>give the reason for the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="147"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished">jest dłuższe niż %1 znaków</translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="152"/>
        <source>the request date cannot be after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="159"/>
        <source>person %1 is already erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="164"/>
        <source>there is no person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="170"/>
        <source>person %1 still has open referrals or support episodes (%2); a supervisor closes them before the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="176"/>
        <source>must not contain the person&apos;s name: it is kept in the erasure log and the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="222"/>
        <source>choose at least one person to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="236"/>
        <source>person %1 is not due for erasure: they are erased, unknown, still have open work or had activity within the retention period (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ErasureService.cpp" line="242"/>
        <source>person %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../ui/widgets/FieldErrors.cpp" line="21"/>
        <source>Why it was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FieldErrors.cpp" line="75"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FieldErrors.cpp" line="117"/>
        <source>%1: %2</source>
        <comment>not saved, why</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FieldErrors.cpp" line="152"/>
        <source>%1 %2</source>
        <comment>field, problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FieldErrors.cpp" line="153"/>
        <source>%1: %2</source>
        <comment>field, problem</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/FieldErrors.cpp" line="122"/>
        <source>%1. Correct the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/Format.cpp" line="20"/>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="62"/>
        <source>No fixed abode / overseas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="95"/>
        <source>This record was not found. It may have been erased, or the list may be out of date: press F5 to refresh. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="99"/>
        <source>You do not have permission to open this record. Ask a supervisor if you need it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="104"/>
        <source>The record could not be read from this computer&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="107"/>
        <source>This database was written by a newer version of Victims&apos; Hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Format.cpp" line="113"/>
        <source>The record could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubAuditReader</name>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="181"/>
        <source>the hub has schema %1 and keeps no audit trail before schema %2: run hubctl hub init on the hub to update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="243"/>
        <source>desk %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubKeychain</name>
    <message>
        <location filename="../core/sync/HubKeychain.cpp" line="32"/>
        <source>there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubKeychain.cpp" line="36"/>
        <source>the D-Bus session bus does not answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubKeychain.cpp" line="47"/>
        <source>nothing on the session bus provides the Secret Service (org.freedesktop.secrets): start GNOME Keyring, KWallet or KeePassXC with its Secret Service integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubKeychain.cpp" line="60"/>
        <location filename="../core/sync/HubKeychain.cpp" line="90"/>
        <source>no system keychain is running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/sync/HubKeychain.cpp" line="78"/>
        <source>the system keychain did not answer within %n second(s); is it locked?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sync/HubKeychain.cpp" line="87"/>
        <location filename="../core/sync/HubKeychain.cpp" line="117"/>
        <source>no hub password is saved in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubKeychain.cpp" line="93"/>
        <source>the system keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubKeychain.cpp" line="95"/>
        <source>the system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubKeychain.cpp" line="102"/>
        <source>no hub password to save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSetupService</name>
    <message>
        <location filename="../core/services/HubSetupService.cpp" line="42"/>
        <source>is needed: the name the hub is known by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/HubSetupService.cpp" line="44"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished">jest dłuższe niż %1 znaków</translation>
    </message>
    <message>
        <location filename="../core/services/HubSetupService.cpp" line="64"/>
        <source>a team needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/HubSetupService.cpp" line="68"/>
        <source>&apos;%1…&apos; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/HubSetupService.cpp" line="72"/>
        <source>&apos;%1&apos; is already in the list (names that differ only in capitals are the same team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/HubSetupService.cpp" line="79"/>
        <source>a team called &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/HubSetupService.cpp" line="87"/>
        <source>add at least one team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/HubSetupService.cpp" line="99"/>
        <source>this database already has users, so its hub is set up: sign in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/HubSetupService.cpp" line="117"/>
        <source>only an administrator can add a team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../core/security/Permissions.cpp" line="154"/>
        <source>the system role cannot be given to a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="168"/>
        <source>%1 cannot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="161"/>
        <source>this person&apos;s record is restricted: only the workers who hold their case and supervisors can open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="164"/>
        <source>these records belong to another team; %1 can only work on their own team&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="174"/>
        <source>a caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="176"/>
        <source>a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="178"/>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="180"/>
        <source>an auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="182"/>
        <source>a user without a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="183"/>
        <source>the role &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="190"/>
        <source>open a person&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="192"/>
        <source>change a person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="194"/>
        <source>log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="196"/>
        <source>correct a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="198"/>
        <source>enter a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="200"/>
        <source>triage a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="202"/>
        <source>assign a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="204"/>
        <source>change a support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="206"/>
        <source>request a closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="208"/>
        <source>approve a closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="210"/>
        <source>reassign work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="212"/>
        <source>set a priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="214"/>
        <source>create a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="216"/>
        <source>complete a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="218"/>
        <source>view reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="220"/>
        <source>save a report snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="222"/>
        <source>export identifiable records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="224"/>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="226"/>
        <source>change the hub&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="228"/>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="230"/>
        <source>erase records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="232"/>
        <source>back up or restore the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="234"/>
        <source>synchronise records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="236"/>
        <source>resolve a sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="238"/>
        <source>erase people past the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="240"/>
        <source>import an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="242"/>
        <source>import referral files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="244"/>
        <source>manage referral file profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="246"/>
        <source>merge people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/Permissions.cpp" line="248"/>
        <source>list possible duplicate people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="75"/>
        <source>No referrals recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="84"/>
        <source>Enhanced (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="87"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="94"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="94"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="96"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="112"/>
        <source>No support episodes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="119"/>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="123"/>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="126"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="136"/>
        <source>%1 %2</source>
        <comment>need area, level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="139"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="139"/>
        <source>none assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="144"/>
        <source>%1: %2</source>
        <comment>outcome measure, result</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="148"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="153"/>
        <source>awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="154"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="155"/>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="156"/>
        <source>Onward referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="157"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="162"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PersonHistory.cpp" line="163"/>
        <source>opened from %n referrals</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="173"/>
        <source>No contacts logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="182"/>
        <source>%1, %2</source>
        <comment>channel, direction</comment>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PersonHistory.cpp" line="186"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="201"/>
        <source>%1 — despite safety flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="203"/>
        <location filename="../ui/PersonHistory.cpp" line="264"/>
        <source>Made despite a safety-of-contact flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="216"/>
        <source>Correction of contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="220"/>
        <source>Recorded %1 by %2. The original entry above is kept as it was first recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="231"/>
        <source>%1 (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="232"/>
        <source>This contact was corrected later; the correction is shown beneath it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="255"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="256"/>
        <source>recorded by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="278"/>
        <source>Contact on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="281"/>
        <source>Correction of contact on %1, made %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="291"/>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="302"/>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHistory.cpp" line="303"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonMergeService</name>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="175"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="175"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="226"/>
        <source>say why these records are one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="228"/>
        <source>is longer than 400 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="233"/>
        <source>&apos;%1&apos; is not a field a merge chooses (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="238"/>
        <source>a record cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="242"/>
        <location filename="../core/services/PersonMergeService.cpp" line="245"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="249"/>
        <source>person %1 was erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="252"/>
        <source>person %1 was already merged into %2; merge with that record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="323"/>
        <location filename="../core/services/PersonMergeService.cpp" line="387"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="328"/>
        <source>the merged person was erased, so merge %1 can no longer be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="336"/>
        <source>person %1 was merged again since; undo merge %2 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonMergeService.cpp" line="358"/>
        <source>a record this merge moved has changed person since: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <location filename="../core/services/PersonService.cpp" line="63"/>
        <location filename="../core/services/PersonService.cpp" line="71"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/PersonService.cpp" line="89"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished">jest dłuższe niż %1 znaków</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../core/domain/PhoneNumber.cpp" line="109"/>
        <source>%1 is not a phone number: use digits, with spaces if you like, and + before a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/PhoneNumber.cpp" line="113"/>
        <source>%1 does not start with a country code in use: check the digits after +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/PhoneNumber.cpp" line="116"/>
        <source>%1 has too few digits for a phone number: a UK number has 11 digits starting with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/PhoneNumber.cpp" line="120"/>
        <source>%1 has the wrong number of digits for a phone number: a UK number has 11 digits starting with 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/PhoneNumber.cpp" line="124"/>
        <source>%1 needs its area code (the number as dialled from anywhere in the UK)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <location filename="../ui/widgets/ProblemBanner.cpp" line="14"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../app/victimshub/main.cpp" line="189"/>
        <source>Could not move the joined database %1 to %2: move it there, then start Victims&apos; Hub again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="208"/>
        <location filename="../app/victimshub/main.cpp" line="278"/>
        <location filename="../app/victimshub/main.cpp" line="290"/>
        <location filename="../app/victimshub/main.cpp" line="505"/>
        <source>Victims&apos; Hub</source>
        <translation type="unfinished">Victims&apos; Hub</translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="219"/>
        <source>Case management for a Victims&apos; Hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="224"/>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="226"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="229"/>
        <source>Save a picture of the window once the caseload has painted, print first_paint_ms, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="231"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="233"/>
        <source>Open this person&apos;s record at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="234"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="237"/>
        <source>Sign in as this user with the password in the environment variable HUB_PASSWORD, without the dialog (for scripts); without HUB_PASSWORD, the sign-in dialog starts with this username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="240"/>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="243"/>
        <source>Start on this section: caseload, referrals, search, reports, admin or team (supervisors); admin/audit, admin/users or admin/erasure for a tab of Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="246"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="249"/>
        <source>With --person: open the Log contact dialog over the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="274"/>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="299"/>
        <source>Could not sign in as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/victimshub/main.cpp" line="386"/>
        <source>Unknown page %1; choose one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralImportService</name>
    <message>
        <location filename="../core/services/ReferralImportRows.h" line="74"/>
        <source>&apos;%1&apos; is not wording this profile knows for %2: add it to the profile&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportRows.h" line="97"/>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportRows.h" line="115"/>
        <source>&apos;%1&apos; is not a date written as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="113"/>
        <source>new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="115"/>
        <source>existing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="117"/>
        <source>possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="119"/>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="121"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="134"/>
        <source>caseworkers may import referral files only when an administrator allows it in the hub&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="174"/>
        <location filename="../core/services/ReferralImportService.cpp" line="210"/>
        <source>Referral file profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="262"/>
        <source>the file has no column &apos;%1&apos; (its columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="280"/>
        <source>the preview was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="293"/>
        <location filename="../core/services/ReferralImportService.cpp" line="323"/>
        <location filename="../core/services/ReferralImportService.cpp" line="330"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="316"/>
        <source>is not a UK postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="325"/>
        <source>is in the future</source>
        <translation type="unfinished">jest w przyszłości</translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="386"/>
        <source>referral %1 was imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="389"/>
        <source>referral %1 is also on line %2 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="419"/>
        <source>the same person as on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="442"/>
        <source>may be a person already on file: check and choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="444"/>
        <source>may be a person you cannot add referrals to (another team&apos;s, or restricted): a supervisor who may must enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="466"/>
        <source>crime reference %1 of this person on this day was imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="471"/>
        <source>the same referral is on line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="513"/>
        <source>line %1, column %2 (%3): %4, value &apos;%5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/services/ReferralImportService.cpp" line="555"/>
        <source>%n row(s) cannot be imported as they are (the first, line %1: %2); nothing was written. Correct the file, or import the valid rows and set the others aside</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="582"/>
        <source>the import was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="619"/>
        <source>line %1: the person is no longer on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralImportService.cpp" line="656"/>
        <source>cannot write %1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralProfile</name>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="96"/>
        <source>not a profile: a JSON object is expected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="102"/>
        <source>is not a key of a profile (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="110"/>
        <location filename="../core/import/ReferralProfile.cpp" line="128"/>
        <location filename="../core/import/ReferralProfile.cpp" line="145"/>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="124"/>
        <source>must be an object of field name to header text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="134"/>
        <source>must be an object of field name to a table of wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="139"/>
        <source>must be an object of the file&apos;s wording to a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="182"/>
        <source>give the profile a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="184"/>
        <source>is longer than 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="187"/>
        <source>&apos;%1&apos; is not a referral source code (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="191"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="194"/>
        <source>&apos;%1&apos; is not auto, a comma, a semicolon or \t (a tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="197"/>
        <source>&apos;%1&apos; is not a date format with day, month and year (such as dd/MM/yyyy or yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="204"/>
        <location filename="../core/import/ReferralProfile.cpp" line="225"/>
        <source>&apos;%1&apos; is not a field a referral file can fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="209"/>
        <source>name the file&apos;s column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="211"/>
        <source>the column &apos;%1&apos; is already mapped to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="218"/>
        <source>is needed: map it to a column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="229"/>
        <source>%1 holds no codes to translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="238"/>
        <source>&apos;%1&apos; must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/import/ReferralProfile.cpp" line="239"/>
        <source>&apos;%1&apos; is not a code of the %2 list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="60"/>
        <source>choose a person or enter a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="79"/>
        <source>is in the future</source>
        <translation type="unfinished">jest w przyszłości</translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="95"/>
        <source>say why the victim is entitled to enhanced support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="244"/>
        <source>a referral that is &apos;%1&apos; cannot become &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="147"/>
        <location filename="../core/services/ReferralService.cpp" line="235"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="161"/>
        <source>give a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="179"/>
        <source>is not an open support episode of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="188"/>
        <source>is needed: the person already has an open support episode; join it, or choose to open a second one and say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="241"/>
        <source>is not an active user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReferralService.cpp" line="277"/>
        <source>%1 can only see their own team&apos;s referrals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="43"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="80"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="81"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="82"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="83"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="84"/>
        <source>Team id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="85"/>
        <source>Referrals received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="86"/>
        <source>By source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="87"/>
        <source>By offence group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="88"/>
        <source>By flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="89"/>
        <source>Enhanced entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="90"/>
        <source>People referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="91"/>
        <source>People referred first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="92"/>
        <source>First contact (Victims&apos; Code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="93"/>
        <source>People contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="94"/>
        <location filename="../ui/reports/ReportLayout.cpp" line="252"/>
        <source>People supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="95"/>
        <source>Episodes opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="96"/>
        <source>Episodes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="97"/>
        <source>Open at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="98"/>
        <source>Onward referrals by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="99"/>
        <source>Outcomes of episodes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="100"/>
        <source>By age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="101"/>
        <source>By gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="102"/>
        <source>By ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="103"/>
        <source>By disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="104"/>
        <source>Contacts logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="105"/>
        <source>Contact minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="107"/>
        <source>Referrals, same month a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="117"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="118"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="119"/>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="120"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="128"/>
        <source>%1: improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="129"/>
        <source>%1: assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="132"/>
        <source>Age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="140"/>
        <source>Referrals, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="142"/>
        <source>People supported, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="150"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="157"/>
        <source>Referrals whose received time falls in the month (Europe/London).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="158"/>
        <source>Those referrals, by source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="160"/>
        <source>Those referrals, by offence group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="162"/>
        <source>Those referrals, by flag; a referral with several flags counts under each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="165"/>
        <source>Those referrals with enhanced entitlement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="166"/>
        <source>Distinct people among those referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="168"/>
        <source>Those people whose earliest referral ever falls in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="170"/>
        <source>Referrals with consent to contact (due). Met: first contact by the Nth working day after receipt (2 enhanced, 5 otherwise); missed: later, or none and the day has passed; pending: none yet, still in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="174"/>
        <source>Distinct people with a contact in the month where the hub spoke to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="177"/>
        <source>Those people spoken to while they had a support episode open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="178"/>
        <source>Support episodes opened in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="180"/>
        <source>Support episodes closed (approved) in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="182"/>
        <source>Support episodes open when the month ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="184"/>
        <source>Onward referrals made in the month, by agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="186"/>
        <source>For episodes closed in the month, per measure: improved, and assessed (improved or not improved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="189"/>
        <source>People supported, by age on the last day of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="190"/>
        <source>People supported, by gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="192"/>
        <source>People supported, by ethnic group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="193"/>
        <source>People supported, by disability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="195"/>
        <source>Contacts made in the month, as corrected; corrections are not counted on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="197"/>
        <source>The total length of those contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="199"/>
        <source>Referrals received in the same month one year earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="236"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="244"/>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="245"/>
        <source>Contact and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="248"/>
        <source>Support episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="257"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportLayout.cpp" line="259"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="152"/>
        <source>Monthly support counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="153"/>
        <source>Monthly support counts: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="167"/>
        <source>Victims&apos; Hub</source>
        <translation type="unfinished">Victims&apos; Hub</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="177"/>
        <source>Victims&apos; Hub · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="178"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="189"/>
        <source>Figures as of %1 London time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="195"/>
        <source>All teams (the whole hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="196"/>
        <source>Team: %1 (what counts for a team: see the counting rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="249"/>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="280"/>
        <source>the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportPdf.cpp" line="284"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <location filename="../core/services/ReportService.cpp" line="67"/>
        <source>a supervisor of a team sees their own team&apos;s figures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReportService.cpp" line="104"/>
        <source>there is no team &apos;%1&apos; (there are: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReportService.cpp" line="114"/>
        <source>there is no such team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReportService.cpp" line="201"/>
        <source>choose a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ReportService.cpp" line="205"/>
        <source>%1 is not over yet; a snapshot can be saved from the day after its last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="90"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="106"/>
        <source>no temporary folder for the workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="113"/>
        <source>the workbook could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="117"/>
        <source>Victims&apos; Hub</source>
        <translation type="unfinished">Victims&apos; Hub</translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="145"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="150"/>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="151"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="152"/>
        <source>All teams (the whole hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="153"/>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="154"/>
        <source>%1 London time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="156"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="167"/>
        <source>One sheet per section of the report; the definitions are on the last sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="174"/>
        <location filename="../ui/reports/ReportXlsx.cpp" line="207"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="174"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="174"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="174"/>
        <location filename="../ui/reports/ReportXlsx.cpp" line="209"/>
        <source>Figure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="175"/>
        <source>Part code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="206"/>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="208"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="226"/>
        <source>the workbook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="231"/>
        <source>the workbook could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportXlsx.cpp" line="245"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../core/services/ServiceContext.h" line="40"/>
        <source>this action needs a signed-in user; choose who you are first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/ServiceContext.h" line="44"/>
        <source>%1 %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="153"/>
        <source>only an administrator can change the Victims&apos; Code deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="38"/>
        <source>must be between 1 and %1 working days, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="45"/>
        <source>enhanced entitlement cannot allow longer (%1 days) than the standard deadline (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="68"/>
        <source>must be between 1 and %1 minutes, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="77"/>
        <source>must be between 1 and 100 per cent, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="183"/>
        <source>only an administrator can change the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="230"/>
        <source>only an administrator can change the inactivity lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="252"/>
        <source>only an administrator can change the sync guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="272"/>
        <source>only an administrator can change the hub&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="58"/>
        <source>must be between 1 and %1 years, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SettingsService.cpp" line="205"/>
        <source>only an administrator can say whether caseworkers may import referral files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutCatalog</name>
    <message>
        <location filename="../ui/help/ShortcutCatalog.cpp" line="91"/>
        <source>Anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutCatalog.cpp" line="93"/>
        <source>Person record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutCatalog.cpp" line="176"/>
        <source>%1 (%2 menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutCatalog.cpp" line="198"/>
        <source>The %1 menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutCatalog.cpp" line="221"/>
        <location filename="../ui/help/ShortcutCatalog.cpp" line="223"/>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutCatalog.cpp" line="227"/>
        <source>The %1 tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryColumns</name>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="22"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="24"/>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="26"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="28"/>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="30"/>
        <source>Latest referral</source>
        <translation>Ostatnie skierowanie</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="32"/>
        <source>Offence</source>
        <translation>Przestępstwo</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="34"/>
        <source>Episode</source>
        <translation>Okres wsparcia</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="36"/>
        <source>Caseworker</source>
        <translation>Opiekun sprawy</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="38"/>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Safety of contact</source>
        <translation type="vanished">Bezpieczeństwo kontaktu</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="40"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="42"/>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="51"/>
        <source>Family name, then given name</source>
        <translation>Nazwisko, potem imię</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="53"/>
        <source>Date the newest referral was received</source>
        <translation>Data otrzymania najnowszego skierowania</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="55"/>
        <source>Offence group of the newest referral</source>
        <translation>Grupa przestępstw z najnowszego skierowania</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="57"/>
        <source>Status of the newest support episode</source>
        <translation>Stan najnowszego okresu wsparcia</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="59"/>
        <source>Caseworker of the newest support episode</source>
        <translation>Opiekun najnowszego okresu wsparcia</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="61"/>
        <source>Limits on how this person may be contacted, and restricted records</source>
        <translation>Ograniczenia sposobu kontaktu z tą osobą oraz rekordy zastrzeżone</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="63"/>
        <source>Your own caseload first, then your team&apos;s, then people no caseworker holds, then other teams&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="76"/>
        <source>%1, %2</source>
        <comment>family name, given name</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="92"/>
        <source>Restricted</source>
        <translation>Zastrzeżone</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="94"/>
        <source>No voicemail</source>
        <translation>Bez poczty głosowej</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="96"/>
        <source>No letters</source>
        <translation>Bez listów</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="98"/>
        <source>No texts</source>
        <translation>Bez SMS-ów</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="107"/>
        <source>Your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="109"/>
        <source>Your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="111"/>
        <source>No caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="116"/>
        <source>Another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="117"/>
        <source>Held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="175"/>
        <source>%1, age %2</source>
        <translation>%1, wiek %2</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="182"/>
        <source>Check the person&apos;s safety-of-contact flags before contacting: %1</source>
        <translation>Przed kontaktem sprawdź ograniczenia bezpieczeństwa kontaktu tej osoby: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="210"/>
        <source>Safety-of-contact limits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="211"/>
        <source>No contact limits</source>
        <translation>Brak ograniczeń kontaktu</translation>
    </message>
    <message>
        <location filename="../ui/models/SummaryColumns.cpp" line="214"/>
        <source>%1, has safety-of-contact limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorService</name>
    <message>
        <location filename="../core/services/SupervisorReview.cpp" line="235"/>
        <source>unknown measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorReview.cpp" line="272"/>
        <source>Team total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="72"/>
        <source>only a supervisor can review caseloads and move work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="82"/>
        <source>choose a team to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="84"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="89"/>
        <source>a supervisor can only review their own team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="97"/>
        <source>choose at least one referral or support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="102"/>
        <source>only referrals and support episodes can be changed here, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="138"/>
        <source>choose an active caseworker or supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="142"/>
        <source>a supervisor can only move work to their own team&apos;s workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="144"/>
        <source>say why the work is moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="158"/>
        <source>referral %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="166"/>
        <source>a referral already triaged moves with its support episode; reassign the episode instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="174"/>
        <location filename="../core/services/SupervisorService.cpp" line="292"/>
        <source>support episode %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="181"/>
        <source>a closed support episode cannot be reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="245"/>
        <source>Support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="300"/>
        <source>nobody has asked to close this support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="303"/>
        <source>say what needs doing before closure is asked for again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="377"/>
        <source>must be normal, high or urgent, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="384"/>
        <source>%1 %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="385"/>
        <source>support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/SupervisorService.cpp" line="386"/>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncAudit</name>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="42"/>
        <source>the hub holds this desk&apos;s events up to event %1, but the trail here ends at event %2: event %1 was removed after it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="46"/>
        <source>the hub holds this desk&apos;s events up to event %1, but the trail here ends at event %2: events %3 to %1 were removed after they were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="52"/>
        <source>event %1, the newest the hub holds from this desk, is no longer here: it was removed after it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="56"/>
        <source>event %1 here differs from the one the hub holds: the trail was rewritten after it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="71"/>
        <source>this desk&apos;s audit trail no longer reaches the one the hub holds (%1); no audit event was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="94"/>
        <source>this desk&apos;s audit trail is broken (%1); the events from there on were not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="115"/>
        <source>say why the trail is re-anchored (for instance which backup the desk was restored from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="119"/>
        <source>must be at most 400 characters, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="129"/>
        <source>this desk&apos;s audit trail still reaches the one the hub holds (event %1): there is nothing to re-anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/AuditSync.cpp" line="145"/>
        <source>the hub holds 1,000 trails from this desk: no new name left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEnrolment</name>
    <message>
        <location filename="../core/sync/HubEnrolment.cpp" line="204"/>
        <source>enrolment codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubEnrolment.cpp" line="253"/>
        <source>a SQLite-file hub has no enrolment codes: a desk on its machine starts as a copy of the office&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubEnrolment.cpp" line="265"/>
        <source>an enrolment code is valid for 1 to %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubEnrolment.cpp" line="309"/>
        <source>user &quot;%1&quot; has no open enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHub</name>
    <message>
        <location filename="../core/sync/Hub.cpp" line="56"/>
        <source>hub: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/Hub.cpp" line="137"/>
        <source>cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/Hub.cpp" line="254"/>
        <source>the hub has schema %1 and this program knows up to %2: update this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/Hub.cpp" line="303"/>
        <location filename="../core/sync/Hub.cpp" line="333"/>
        <source>the hub has not been set up: run hubctl hub init --hub URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/Hub.cpp" line="317"/>
        <source>only the hub&apos;s owner can vacuum it: run hubctl hub vacuum with the login that ran hubctl hub init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/Hub.cpp" line="394"/>
        <source>the hub needs a newer Victims&apos; Hub: update this program (your changes are kept and will be sent after the update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/Hub.cpp" line="541"/>
        <source>this desk holds an erasure the hub has not received, and only a supervisor&apos;s or administrator&apos;s hub login may erase: sync a supervisor&apos;s desk first (nothing was sent; the changes made here are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubPull.cpp" line="65"/>
        <source>the saved pull position is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubAudit.cpp" line="145"/>
        <source>audit push refused: event %1 would follow event %2, the last the hub holds from this desk (events are missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubAudit.cpp" line="150"/>
        <source>audit push refused: event %1 does not continue the chain the hub holds from this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubAudit.cpp" line="154"/>
        <source>audit push refused: event %1 does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubAudit.cpp" line="273"/>
        <source>audit push refused: event %1 differs from the one the hub holds from this desk (the trail was rewritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubTrust.cpp" line="687"/>
        <source>%1: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubTrust.cpp" line="689"/>
        <source>%1: is not a lower-case UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubTrust.cpp" line="691"/>
        <source>%1: unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubTrust.cpp" line="693"/>
        <source>%1: is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="50"/>
        <source>a login name is 1 to 63 lower-case letters, digits and _, not starting with a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="54"/>
        <source>&quot;%1&quot; is a name PostgreSQL or the hub keeps for itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="62"/>
        <source>a SQLite-file hub has no desk logins: every desk that can write the file syncs through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="82"/>
        <location filename="../core/sync/HubLogins.cpp" line="146"/>
        <location filename="../core/sync/HubLogins.cpp" line="162"/>
        <location filename="../core/sync/HubLogins.cpp" line="175"/>
        <location filename="../core/sync/HubLogins.cpp" line="179"/>
        <location filename="../core/sync/HubLogins.cpp" line="181"/>
        <location filename="../core/sync/HubLogins.cpp" line="196"/>
        <location filename="../core/sync/HubLogins.cpp" line="209"/>
        <location filename="../core/sync/HubLogins.cpp" line="218"/>
        <location filename="../core/sync/HubLogins.cpp" line="223"/>
        <location filename="../core/sync/HubLogins.cpp" line="227"/>
        <location filename="../core/sync/HubLogins.cpp" line="232"/>
        <source>desk logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="97"/>
        <source>no such user on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="99"/>
        <source>the user has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="101"/>
        <source>role or team differs from the user&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="117"/>
        <source>no PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="138"/>
        <source>a desk login&apos;s password has at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="149"/>
        <source>the hub holds no user &quot;%1&quot;: add the user on the administrator&apos;s desk and sync it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="156"/>
        <source>user &quot;%1&quot; has left: a desk login is for someone who works at the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="165"/>
        <source>a login named &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubLogins.cpp" line="212"/>
        <source>&quot;%1&quot; is not a desk login of this hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHubUrl</name>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="25"/>
        <source>no hub URL given (postgresql://user@host:port/db or sqlite:///path/hub.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="28"/>
        <source>&apos;%1&apos; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="30"/>
        <source>a hub URL never holds a password: use HUB_HUB_PASSWORD, the prompt or the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="38"/>
        <source>a SQLite hub is a local file: sqlite:///path/hub.db (three slashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="41"/>
        <source>the SQLite hub URL names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="46"/>
        <source>unknown hub URL scheme &apos;%1&apos; (postgresql or sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="53"/>
        <source>the hub URL names no user (postgresql://user@host/db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="55"/>
        <source>the hub URL names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="57"/>
        <source>the hub URL names no database (postgresql://user@host/db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="61"/>
        <source>unknown hub URL option &apos;%1&apos; (only sslmode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/HubUrl.cpp" line="66"/>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLocal</name>
    <message>
        <location filename="../core/sync/LocalSync.cpp" line="298"/>
        <source>erased on the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/LocalSync.cpp" line="410"/>
        <source>the hub would remove %1 of the %2 people on this computer (more than %3%): sync stopped; ask an administrator to check the hub&apos;s team assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/LocalSync.cpp" line="567"/>
        <source>the sync is saved, but the text of the people it erased or removed from this computer is still in the database&apos;s write-ahead log (%1): close the other programs using the database and sync again to clear it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="153"/>
        <source>the hub needs a newer Victims&apos; Hub: update this program (the changes made here are kept and sent after the update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="157"/>
        <source>the hub has schema %1 and this program needs %2: run hubctl hub init on the hub to update it (the changes made here are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="132"/>
        <source>the hub was restored from a backup during this sync: run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="204"/>
        <source>people leaving this computer were edited during every try of this sync: run it again (the edits are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="304"/>
        <source>there is no open conflict %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="306"/>
        <source>give the value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sync/SyncService.cpp" line="324"/>
        <source>this value cannot be kept as %1 of a %2 record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="207"/>
        <source>unknown task kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="212"/>
        <source>is not a person on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="220"/>
        <source>is not a support episode of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="230"/>
        <source>is not a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="236"/>
        <source>%1 may not work on this person&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/EpisodeService.cpp" line="262"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamService</name>
    <message>
        <location filename="../core/services/TeamService.cpp" line="27"/>
        <source>only an administrator can add, rename or retire teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="35"/>
        <location filename="../core/services/TeamService.cpp" line="52"/>
        <source>only administrators and supervisors can list the teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="61"/>
        <location filename="../core/services/TeamService.cpp" line="124"/>
        <location filename="../core/services/TeamService.cpp" line="144"/>
        <source>there is no team &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="68"/>
        <source>a team needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="71"/>
        <source>is longer than %1 characters</source>
        <translation type="unfinished">jest dłuższe niż %1 znaków</translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="76"/>
        <source>the retired team &apos;%1&apos; already has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="77"/>
        <source>the team &apos;%1&apos; already has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="146"/>
        <source>%1 is already retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="154"/>
        <source>1 open referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="154"/>
        <source>%1 open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="156"/>
        <source>1 open support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="157"/>
        <source>%1 open support episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="159"/>
        <source>1 open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="159"/>
        <source>%1 open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="161"/>
        <source>1 active user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="161"/>
        <source>%1 active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="164"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TeamService.cpp" line="166"/>
        <source>%1 still has %2: move them first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../core/domain/Validator.cpp" line="20"/>
        <location filename="../core/domain/Validator.cpp" line="29"/>
        <location filename="../core/domain/Validator.cpp" line="50"/>
        <location filename="../core/domain/Validator.cpp" line="222"/>
        <source>is required</source>
        <translation>jest wymagane</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="22"/>
        <source>&apos;%1&apos; is not a lower-case UUID</source>
        <translation>&apos;%1&apos; nie jest identyfikatorem UUID zapisanym małymi literami</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="31"/>
        <source>unknown code &apos;%1&apos;</source>
        <translation>nieznany kod &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="39"/>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="41"/>
        <source>is longer than %1 characters</source>
        <translation>jest dłuższe niż %1 znaków</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="43"/>
        <source>contains a NUL character</source>
        <translation>zawiera znak NUL</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="72"/>
        <source>must not contain spaces</source>
        <translation>nie może zawierać spacji</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="86"/>
        <source>is in the future</source>
        <translation>jest w przyszłości</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="88"/>
        <source>is before 1900</source>
        <translation>jest wcześniejsze niż rok 1900</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="97"/>
        <source>&apos;%1&apos; is not a BCP 47 language tag</source>
        <translation>&apos;%1&apos; nie jest znacznikiem języka BCP 47</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="102"/>
        <source>is not an email address</source>
        <translation>nie jest adresem e-mail</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="108"/>
        <source>&apos;%1&apos; is not a UK postcode (for example PE1 1XX); if there is none, choose &quot;No fixed abode / overseas&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="134"/>
        <source>lists a flag twice</source>
        <translation>zawiera dwukrotnie ten sam znacznik</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="140"/>
        <source>is set but the referral is not enhanced</source>
        <translation>jest ustawione, ale skierowanie nie jest rozszerzone</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="162"/>
        <source>is required when the episode is closed</source>
        <translation>jest wymagane, gdy okres wsparcia jest zamknięty</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="165"/>
        <source>is set but the episode is not closed</source>
        <translation>jest ustawione, ale okres wsparcia nie jest zamknięty</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="167"/>
        <source>is before opened_at</source>
        <translation>jest wcześniejsze niż opened_at</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="203"/>
        <source>must be 0 or more</source>
        <translation>musi wynosić 0 lub więcej</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="205"/>
        <source>is longer than a day</source>
        <translation>przekracza jedną dobę</translation>
    </message>
    <message>
        <location filename="../core/domain/Validator.cpp" line="211"/>
        <source>a contact cannot amend itself</source>
        <translation>kontakt nie może poprawiać samego siebie</translation>
    </message>
</context>
<context>
    <name>codes</name>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="14"/>
        <source>Caseworker</source>
        <translation type="unfinished">Opiekun sprawy</translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="15"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="16"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="17"/>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="18"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="19"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="20"/>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="21"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="22"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="23"/>
        <source>Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="24"/>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="25"/>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="26"/>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="27"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="28"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="29"/>
        <source>Not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="30"/>
        <source>Yes, safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="31"/>
        <source>No, not safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="32"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="33"/>
        <source>Self-referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="34"/>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="35"/>
        <source>Homicide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="36"/>
        <source>Death or serious injury by unlawful driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="37"/>
        <source>Violence with injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="38"/>
        <source>Violence without injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="39"/>
        <source>Stalking and harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="40"/>
        <source>Sexual offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="41"/>
        <source>Robbery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="42"/>
        <source>Residential burglary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="43"/>
        <source>Business and community burglary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="44"/>
        <source>Vehicle offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="45"/>
        <source>Theft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="46"/>
        <source>Criminal damage and arson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="47"/>
        <source>Drug offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="48"/>
        <source>Public order offences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="49"/>
        <source>Possession of weapons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="50"/>
        <source>Miscellaneous crimes against society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="51"/>
        <source>Fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="52"/>
        <source>Non-crime incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="53"/>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="54"/>
        <source>Sexual violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="55"/>
        <source>Hate crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="56"/>
        <source>Modern slavery / human trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="57"/>
        <source>Child sexual exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="58"/>
        <source>Missing from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="59"/>
        <source>Anti-social behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="60"/>
        <source>Road traffic collision (KSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="61"/>
        <source>Bereaved by crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="62"/>
        <source>Victim of the most serious crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="63"/>
        <source>Persistently targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="64"/>
        <source>Vulnerable or intimidated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="65"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="66"/>
        <source>Contact attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="67"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="68"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="69"/>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="70"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="71"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="72"/>
        <source>Closure requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="73"/>
        <source>Support completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="74"/>
        <source>Declined further support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="75"/>
        <source>Unable to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="76"/>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="77"/>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="78"/>
        <source>Health and wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="79"/>
        <source>Safety and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="80"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="81"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="82"/>
        <source>Criminal justice information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="83"/>
        <source>Emotional support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="84"/>
        <source>Practical help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="85"/>
        <source>Children and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="86"/>
        <source>Substance misuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="87"/>
        <source>Employment and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="88"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="89"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="90"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="91"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="92"/>
        <source>Coping with everyday life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="93"/>
        <source>Feeling safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="94"/>
        <source>Feeling informed and empowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="95"/>
        <source>Taking part in the criminal justice process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="96"/>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="97"/>
        <source>Not improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="98"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="99"/>
        <source>IDVA (domestic abuse advocate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="100"/>
        <source>ISVA (sexual violence advocate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="101"/>
        <source>Victim Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="102"/>
        <source>Restorative justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="103"/>
        <source>Mental health services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="104"/>
        <source>Citizens Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="105"/>
        <source>Modern slavery support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="106"/>
        <source>Children&apos;s services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="107"/>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="108"/>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="109"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="110"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="111"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="112"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="113"/>
        <source>Face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="114"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="115"/>
        <source>Spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="116"/>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="117"/>
        <source>Voicemail left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="118"/>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="119"/>
        <source>Letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/CodeLabels.cpp" line="120"/>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::archive::Archive</name>
    <message>
        <location filename="../core/archive/ArchiveWriter.cpp" line="243"/>
        <source>cannot write the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/ArchiveWriter.cpp" line="360"/>
        <source>the archive is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::calendar::WorkingDayCalendar</name>
    <message>
        <location filename="../core/calendar/WorkingDayCalendar.cpp" line="45"/>
        <source>bank holidays: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calendar/WorkingDayCalendar.cpp" line="54"/>
        <source>missing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calendar/WorkingDayCalendar.cpp" line="71"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calendar/WorkingDayCalendar.cpp" line="76"/>
        <source>top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calendar/WorkingDayCalendar.cpp" line="95"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calendar/WorkingDayCalendar.cpp" line="109"/>
        <source>%1 is outside covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calendar/WorkingDayCalendar.cpp" line="114"/>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calendar/WorkingDayCalendar.cpp" line="120"/>
        <source>.title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/calendar/WorkingDayCalendar.cpp" line="133"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::demo::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="643"/>
        <source>people and months must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="648"/>
        <source>the database already holds people; demo data goes into an empty one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::domain::ReferenceData</name>
    <message>
        <location filename="../core/domain/ReferenceData.cpp" line="102"/>
        <source>unknown list &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/ReferenceData.cpp" line="106"/>
        <source>the list &apos;%1&apos; cannot be extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/ReferenceData.cpp" line="113"/>
        <source>a code is lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/ReferenceData.cpp" line="117"/>
        <source>code &apos;%1&apos; already exists in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::reports::ReportReader</name>
    <message>
        <location filename="../core/reports/ReportReader.cpp" line="143"/>
        <source>the saved figures are not a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/ReportReader.cpp" line="252"/>
        <source>the saved figures are incomplete or not a report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::services::CaseService</name>
    <message>
        <location filename="../core/services/CaseService.cpp" line="84"/>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::store::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="42"/>
        <source>no database path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="48"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="50"/>
        <source>folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="62"/>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="68"/>
        <source>%1 is not a Victims&apos; Hub database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="85"/>
        <source>%1 was written by a newer version of Victims&apos; Hub (schema %2; this program knows up to %3): update the program before opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="113"/>
        <source>cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="168"/>
        <source>the write-ahead log is in use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="191"/>
        <source>%1 is open in another program (Victims&apos; Hub or hubctl): close it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/RowAccess.h" line="29"/>
        <source>%1: no such record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/RowAccess.h" line="43"/>
        <source>%1 %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Transaction.cpp" line="19"/>
        <source>nothing was saved: the database is busy or cannot be written just now (%1); try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Transaction.cpp" line="41"/>
        <source>no transaction is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/BulkLoad.cpp" line="105"/>
        <source>a %1 record refers to a %2 record that is not here; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::store::ErasureRepository</name>
    <message>
        <location filename="../core/store/ErasureRepository.cpp" line="181"/>
        <source>an erasure must run inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ErasureRepository.cpp" line="185"/>
        <source>person %1 was already erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/ErasureRepository.cpp" line="294"/>
        <source>the write-ahead log can only be cleared after the erasure is committed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::store::Snapshot</name>
    <message>
        <location filename="../core/store/Snapshot.cpp" line="14"/>
        <source>a snapshot cannot be taken inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Snapshot.cpp" line="33"/>
        <source>the integrity check gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/Snapshot.cpp" line="39"/>
        <source>the database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::AdminForm</name>
    <message>
        <location filename="../ui/admin/AdminTable.cpp" line="47"/>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::AdminPage</name>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="26"/>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="34"/>
        <source>Administration tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="36"/>
        <source>Nothing to administer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="37"/>
        <source>Your role has no administration tasks. Users, the audit trail, retention and erasure are for administrators and auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="52"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="54"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="56"/>
        <source>Erasure and retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="58"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="60"/>
        <source>Code lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="63"/>
        <source>Hub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="65"/>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="67"/>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AdminPage.cpp" line="69"/>
        <source>Hub desk logins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::AdministratorPage</name>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="177"/>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="178"/>
        <source>The administrator adds the caseworkers, supervisors and other users, and looks after the hub&apos;s settings. Administrators do not work on cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="182"/>
        <source>e.g. hub.admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="189"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="190"/>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="191"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="192"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="195"/>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="200"/>
        <source>The username is 2 to 64 lower-case letters, digits, dots, dashes or underscores. A password of several unrelated words is long, and easier to remember than a short one full of symbols. It is never stored or shown in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="230"/>
        <source>Met: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="231"/>
        <source>Not yet: at least %1 characters (%2 typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="232"/>
        <source>Met: not the same as the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="233"/>
        <source>Not met: the password is the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="234"/>
        <source>Then type the password again below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="235"/>
        <source>Met: typed the same twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="236"/>
        <source>Not yet: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="260"/>
        <source>does not match the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ArchivePage</name>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="63"/>
        <source>Hub archives (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="76"/>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="99"/>
        <location filename="../ui/admin/ArchivePage.cpp" line="103"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="100"/>
        <source>Archive file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="101"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="104"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="107"/>
        <source>File &amp;to write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="109"/>
        <location filename="../ui/admin/ArchivePage.cpp" line="142"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="109"/>
        <source>Choose the archive file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="110"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="112"/>
        <source>Writes every record you may open, names included, as a hub archive (hubctl export): a team&apos;s supervisor gets the team&apos;s people. The file names people: keep it on an encrypted drive, never name it after a person, and delete it when it has served. Every export is on the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="116"/>
        <source>Only a supervisor exports records that name people (identifiable export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="129"/>
        <location filename="../ui/admin/ArchivePage.cpp" line="136"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="130"/>
        <source>Archive file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="131"/>
        <source>Re&amp;place records that differ (hubctl import --replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="133"/>
        <source>Replace records that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="134"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="137"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="140"/>
        <source>File to &amp;read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="142"/>
        <source>Choose the archive file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="143"/>
        <source>Import from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="145"/>
        <source>Reads a hub archive (hubctl import) in one go: the first problem stops it, names its line, and nothing of the file is kept. Records already here with the same content are skipped, so importing a file twice changes nothing. An administrator imports everything; a supervisor only the people they may edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="154"/>
        <source>Replacing: a record whose id is here already but differs is overwritten with the archive&apos;s version (contacts never are). Leave it off unless the archive is known to be newer than what this desk holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="175"/>
        <source>Nothing was exported: choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="183"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="194"/>
        <location filename="../ui/admin/ArchivePage.cpp" line="202"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="209"/>
        <source>Nothing was exported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="214"/>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="216"/>
        <source>Archive exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="227"/>
        <source>Nothing was imported: choose the archive file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="228"/>
        <source>Nothing was imported: there is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="235"/>
        <source>Replace records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="236"/>
        <source>Records of %1 that are here already with other content will overwrite what this desk holds (contacts never are). The old versions are not kept. Import and replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="246"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="252"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="255"/>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="275"/>
        <source>%1: nothing imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="281"/>
        <source>Imported %1; updated %2; unchanged %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ArchivePage.cpp" line="288"/>
        <source>Archive imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::AuditEventsModel</name>
    <message>
        <location filename="../ui/admin/AuditEventsModel.cpp" line="129"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditEventsModel.cpp" line="131"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditEventsModel.cpp" line="133"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditEventsModel.cpp" line="135"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditEventsModel.cpp" line="137"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditEventsModel.cpp" line="139"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditEventsModel.cpp" line="141"/>
        <source>Person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditEventsModel.cpp" line="143"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::AuditPage</name>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="97"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="101"/>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="102"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="107"/>
        <source>Filter by person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="108"/>
        <source>Any person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="113"/>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="114"/>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="115"/>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="129"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="130"/>
        <source>&amp;Person id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="131"/>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="134"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="135"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="137"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="48"/>
        <source>Any day (or 07/12/2026, today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="56"/>
        <source>Hub sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="59"/>
        <source>Hub login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="62"/>
        <source>Hub password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="66"/>
        <source>Every desk&apos;s audit trail is read from the hub %1 with your own hub login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="70"/>
        <source>Hub &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="71"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="133"/>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="143"/>
        <source>V&amp;erify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="145"/>
        <location filename="../ui/admin/AuditPage.cpp" line="225"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="146"/>
        <source>Check that no event has been edited, removed, inserted or moved (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="150"/>
        <source>Events from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="151"/>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="152"/>
        <source>All desks (hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="153"/>
        <source>Read every desk&apos;s audit trail as the hub holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="154"/>
        <source>Events &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="163"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="166"/>
        <location filename="../ui/admin/AuditPage.cpp" line="227"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="167"/>
        <location filename="../ui/admin/AuditPage.cpp" line="276"/>
        <source>Save every event that matches the filters as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="184"/>
        <source>Audit events, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="203"/>
        <location filename="../ui/admin/AuditPage.cpp" line="361"/>
        <source>No events match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="204"/>
        <source>Nothing on the audit trail matches these filters. Clear them (Alt+L) to see every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="234"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="234"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="242"/>
        <source>%1: %2</source>
        <comment>field, problem</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="296"/>
        <source>The hub&apos;s audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="307"/>
        <source>Export works on this desk&apos;s trail: choose &quot;This desk&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="336"/>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="363"/>
        <source>1 event matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="364"/>
        <source>%1 events match, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="365"/>
        <source>All desks, from the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="390"/>
        <source>The chain could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="394"/>
        <source>Every desk&apos;s audit trail on the hub is intact: all %1 events are in order and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="397"/>
        <source>The audit trail is intact: all %1 events are in order and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="400"/>
        <source>The audit trail has been tampered with: %1. The %2 events before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="418"/>
        <source>Export the audit events as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="419"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="432"/>
        <location filename="../ui/admin/AuditPage.cpp" line="439"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditPage.cpp" line="444"/>
        <source>Saved %1 audit events as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::BackupPage</name>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="66"/>
        <source>Backup and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="97"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="99"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="101"/>
        <source>A folder on an encrypted drive, away from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="102"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="104"/>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="105"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="106"/>
        <source>Back up every &amp;day while the app is open, keeping the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="108"/>
        <source>Back up every day while the app is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="112"/>
        <source>Number of daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="115"/>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="116"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="118"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="119"/>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="125"/>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="125"/>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="128"/>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="135"/>
        <source>Fo&amp;lder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="136"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="137"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="144"/>
        <source>The backup is the whole database, encrypted with the passphrase. Keep the passphrase apart from the backups (anyone with both can read every record) and where another administrator can find it: without it a backup cannot be restored. It is never saved on this computer; daily backups use it from memory, from the first Back up now of each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="168"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="169"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="171"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="173"/>
        <source>Your password in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="175"/>
        <source>New database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="176"/>
        <source>A file that does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="177"/>
        <source>Check and &amp;restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="179"/>
        <source>Check and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="181"/>
        <source>Restore progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="188"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="190"/>
        <source>Backup fil&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="190"/>
        <source>Choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="192"/>
        <source>Backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="193"/>
        <source>Backups (*.vhubbak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="197"/>
        <source>Backup pa&amp;ssphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="198"/>
        <source>Your pass&amp;word in the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="199"/>
        <source>&amp;New database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="199"/>
        <source>Choose the new database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="202"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="203"/>
        <source>Databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="208"/>
        <source>A restore never writes over the database in use (%1): it checks the backup (the passphrase, the file&apos;s integrity, its audit trail and your password as the backup holds it) and only then writes it into the new file. You then switch to that file yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="250"/>
        <source>No backup was written: the passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="256"/>
        <source>No backup was written: the two passphrases differ. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="271"/>
        <source>Daily backups are on. They start once the passphrase has been typed and Back up now pressed in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="290"/>
        <source>No backup was written: choose the folder to keep backups in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="291"/>
        <source>No backup was written: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="300"/>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="315"/>
        <source>No backup was written: %1. Nothing was left in %2. Check that the folder can be written to and that its drive has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/BackupPage.cpp" line="328"/>
        <source>Daily backups are on: the next one in a day, while the app is open; the last %n are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="334"/>
        <source>Daily backup written: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="335"/>
        <source>Backed up: %1 (%2).  Keep the passphrase safe: the backup cannot be read without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="339"/>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="370"/>
        <location filename="../ui/admin/BackupPage.cpp" line="424"/>
        <source>Nothing was restored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="375"/>
        <source>choose the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="377"/>
        <source>there is no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="379"/>
        <source>type the backup&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="381"/>
        <source>type your password as it was when the backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="384"/>
        <source>choose a new file to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="387"/>
        <source>%1 is the database in use: a restore goes into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="390"/>
        <source>%1 exists already: choose a new file name (a restore never writes over a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="395"/>
        <source>Restore into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="396"/>
        <source>Restore the backup %1 into the new file %2?

The database in use (%3) is not changed. Once the backup is checked and restored, you switch to the new file yourself: records entered here after the backup was made are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="408"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="430"/>
        <source>Restored into %1 and checked: schema %2, audit trail intact (%3 events). The database in use is unchanged. To work from the restored one, quit Victims&apos; Hub and start it with: victimshub --db %1. Or, with the app closed, move %1 over %4, keeping a copy of the old file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/BackupPage.cpp" line="439"/>
        <source>Backup restored into a new file</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/caseload/CaseloadSection.cpp" line="24"/>
        <source>Whose cases to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="28"/>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="29"/>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="30"/>
        <source>Your open support episodes and referrals to triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/CaseloadSection.cpp" line="31"/>
        <source>Everyone on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/auth/ChangePasswordDialog.cpp" line="36"/>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/ChangePasswordDialog.cpp" line="38"/>
        <source>The password was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/ChangePasswordDialog.cpp" line="40"/>
        <source>Why the password was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/ChangePasswordDialog.cpp" line="43"/>
        <source>Your password for %1 is temporary. Choose a new one of at least %2 characters to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/ChangePasswordDialog.cpp" line="55"/>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/ChangePasswordDialog.cpp" line="56"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/ChangePasswordDialog.cpp" line="57"/>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/ChangePasswordDialog.cpp" line="60"/>
        <source>Change password and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/ChangePasswordDialog.cpp" line="78"/>
        <source>does not match the new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ClockBadge</name>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="26"/>
        <source>1 day %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="26"/>
        <source>%1 days %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="28"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="29"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="37"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="39"/>
        <source>Overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="41"/>
        <source>Contacted in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="43"/>
        <source>Contacted late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="47"/>
        <source>No consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="72"/>
        <source>First contact due by the end of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="73"/>
        <source>enhanced entitlement, 2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="74"/>
        <source>standard, 5 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/ClockBadge.cpp" line="82"/>
        <source>Victims&apos; Code clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ClosureRequestDialog</name>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="35"/>
        <source>Request closure of %1&apos;s support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="41"/>
        <source>A supervisor approves the closure. Say why support is ending and rate every outcome measure (choose &quot;Not applicable&quot; where one does not apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="67"/>
        <source>Why support is ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="68"/>
        <source>(choose a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="78"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="82"/>
        <source>Cope-and-recover outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="88"/>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="89"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="109"/>
        <source>Why the closure was not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="116"/>
        <source>Request &amp;closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="118"/>
        <source>Send the closure request to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="179"/>
        <source>The closure was not requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="182"/>
        <source>Choose why support is ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="192"/>
        <source>Choose improved, not improved or not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="203"/>
        <source>Discard the closure request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/ClosureRequestDialog.cpp" line="204"/>
        <source>The reason and outcomes chosen here are not saved. Close without requesting closure?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ClosureReviewDialog</name>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="24"/>
        <source>The closure was not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="25"/>
        <source>Why the closure was not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="26"/>
        <source>Closure not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="27"/>
        <source>You wrote a comment but did not decide. Approve the closure now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="42"/>
        <source>Caseworker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="43"/>
        <source>Asked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="45"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="47"/>
        <source>Not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="48"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="51"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="54"/>
        <source>Outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="59"/>
        <source>Closure request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="60"/>
        <source>Closure request: support for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="67"/>
        <source>Optional when approving; say what is missing when returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="72"/>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="75"/>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="78"/>
        <source>&amp;Approve closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="81"/>
        <source>Re&amp;turn to caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="91"/>
        <source>Alt+A approves, Alt+T returns it to the caseworker with your comment, Esc cancels. Enter starts a new line of the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="130"/>
        <source>The closure was not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ClosureReviewDialog.cpp" line="131"/>
        <source>The closure was not returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::CodeListsPage</name>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="26"/>
        <source>Code lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="32"/>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="34"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="35"/>
        <source>Codes of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="36"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="36"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="36"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="37"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="38"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="41"/>
        <source>Move the selected code up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="42"/>
        <source>Move the selected code down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="49"/>
        <source>made from the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="50"/>
        <source>&amp;Add code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="51"/>
        <source>&amp;Rename selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="52"/>
        <source>R&amp;etire selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="66"/>
        <source>Add or change a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="67"/>
        <source>La&amp;bel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="68"/>
        <source>&amp;Code (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="70"/>
        <source>Rename gives the selected code the label typed above; its code stays, so records keep it. A retired code stays on the records that have it but is offered in no new form. Codes are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="75"/>
        <source>Only an administrator can change the code lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="110"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="110"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="136"/>
        <source>Select a code in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="163"/>
        <source>The code was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="164"/>
        <source>Code %1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="175"/>
        <source>The code was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="176"/>
        <source>Code %1 is now labelled %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="187"/>
        <source>The code was not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="188"/>
        <source>Code %1 retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="199"/>
        <source>The code was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="208"/>
        <source>Code %1 moved up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/CodeListsPage.cpp" line="208"/>
        <source>Code %1 moved down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ColleagueDialog</name>
    <message>
        <location filename="../ui/referrals/ColleagueDialog.cpp" line="24"/>
        <source>Assign the referral to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ColleagueDialog.cpp" line="29"/>
        <source>Filter colleagues by name or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ColleagueDialog.cpp" line="30"/>
        <source>Type a name or team; Down to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ColleagueDialog.cpp" line="33"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ColleagueDialog.cpp" line="38"/>
        <source>Colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ColleagueDialog.cpp" line="44"/>
        <source>Nobody: back to the team&apos;s unassigned queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ColleagueDialog.cpp" line="47"/>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ColleagueDialog.cpp" line="49"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ColleagueDialog.cpp" line="63"/>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ConflictReviewDialog</name>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="28"/>
        <source>Both sides changed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="30"/>
        <source>Safety field: the more careful value was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="32"/>
        <source>A status change the hub could not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="34"/>
        <source>Edited after the person was erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="36"/>
        <source>Not applied: from a desk that no longer holds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="45"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="47"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="49"/>
        <source>Support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="50"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="51"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="91"/>
        <source>Sync conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="97"/>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="98"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="98"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="98"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="98"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="112"/>
        <source>Before both changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="112"/>
        <source>Hub (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="112"/>
        <source>This desk (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="129"/>
        <source>Value to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="130"/>
        <source>E: type the value to keep, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="135"/>
        <source>Why the conflict was not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="152"/>
        <source>Keep hub (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="153"/>
        <source>Keep this desk (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="155"/>
        <source>Edit value (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="156"/>
        <source>Open person (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="160"/>
        <source>Up and Down choose a conflict. H keeps the hub&apos;s value, C keeps this desk&apos;s, E edits a value of your own, O opens the person&apos;s record. The value kept is sent to the hub at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="188"/>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="194"/>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="309"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="190"/>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="312"/>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="317"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="190"/>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="314"/>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="317"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="234"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="250"/>
        <source>No conflicts to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="257"/>
        <source>(unchanged on the hub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="263"/>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="264"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="317"/>
        <source>Value to keep: type %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/ConflictReviewDialog.cpp" line="325"/>
        <source>Value to keep: type a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ConnectionPage</name>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="460"/>
        <source>Hub connection (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="461"/>
        <source>A hub with several workstations keeps them in step through a hub server. This can be set up now or later, in File &gt; Sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="464"/>
        <source>N&amp;ot now: this workstation works on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="466"/>
        <source>&amp;Connect to a hub server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="468"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="473"/>
        <source>Only on demand (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="474"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="477"/>
        <source>Hub &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="478"/>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="483"/>
        <source>The hub server&apos;s password is never saved in the settings: it is asked for at the first sync (F5), and can be kept in the system keychain from File &gt; Sync settings. A SQLite hub (sqlite:///path/hub.db) needs no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="512"/>
        <source>is needed, or choose Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::DateField</name>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="54"/>
        <location filename="../ui/widgets/DateField.cpp" line="82"/>
        <location filename="../ui/widgets/DateField.cpp" line="205"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="56"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="58"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="80"/>
        <source>&quot;%1&quot; is not a date: type it as 07/12/2026, 7/12/26, 07122026 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="96"/>
        <source>%1 does not exist (there is no month %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="102"/>
        <source>%1 does not exist (%2 has %3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="120"/>
        <source>%1 is not a time of day (00:00 to 23:59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="126"/>
        <source>&quot;%1&quot; is not a time: type it as 14:30 or 1430</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="134"/>
        <source>dd/mm/yyyy or today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="135"/>
        <source>dd/mm/yyyy hh:mm or today hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="137"/>
        <source>Type a date: 07/12/2026, 7/12/26, 07122026, today or yesterday. Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="139"/>
        <source>Type a date and time: 07/12/2026 14:30, 7/12/26 1430, today 9:05, or just a time. Alt+Down opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="143"/>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="205"/>
        <source>is needed: type a date, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="214"/>
        <source>%1 is in the future: the latest is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="216"/>
        <source>%1 is too late: the latest is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/DateField.cpp" line="219"/>
        <source>%1 is too early: the earliest is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::DuplicatesDialog</name>
    <message>
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="49"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="56"/>
        <source>Progress of the search for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="57"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="63"/>
        <source>Possible duplicate people, best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="65"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="65"/>
        <source>First record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="65"/>
        <source>Second record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="65"/>
        <source>What matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="75"/>
        <source>&amp;Compare and merge...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="109"/>
        <source>Comparing %n people...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="139"/>
        <source>Stopped: %n possible duplicates so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/supervisor/DuplicatesDialog.cpp" line="140"/>
        <source>%n possible duplicates</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hub::ui::EpisodePane</name>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="34"/>
        <source>Selected support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="46"/>
        <source>Support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="53"/>
        <source>Episode status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="56"/>
        <source>Closure request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="59"/>
        <source>Request &amp;closure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="61"/>
        <source>Request closure of this episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="63"/>
        <location filename="../ui/episodes/EpisodePane.cpp" line="163"/>
        <source>Ask a supervisor to close this episode, with a reason and the outcome measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="118"/>
        <source>No support episodes yet. Accepting a referral at triage opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="120"/>
        <source>Choose a support episode in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="128"/>
        <source>Episode opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="129"/>
        <source>caseworker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="141"/>
        <source>%1: %2</source>
        <comment>outcome measure, result</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="146"/>
        <source>Closed on %1 (%2), approved by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="148"/>
        <source>Closure requested on %1 by %2 (%3). Awaiting a supervisor&apos;s approval; until then the episode stays open for contacts and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="153"/>
        <source>Outcomes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="162"/>
        <source>Closure has been requested; a supervisor approves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="173"/>
        <source>Closure requested — awaiting supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/EpisodePane.cpp" line="184"/>
        <source>Closure requested: a supervisor will review it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::EraseDialog</name>
    <message>
        <location filename="../ui/admin/EraseDialog.cpp" line="26"/>
        <source>Erase a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/EraseDialog.cpp" line="29"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2) will be erased for good: names, contact details, notes, crime references, contact summaries and tasks. Only anonymous codes and dates stay, so that the monthly counts do not change. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/EraseDialog.cpp" line="44"/>
        <source>e.g. written request received; never the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/EraseDialog.cpp" line="51"/>
        <source>Request received &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/EraseDialog.cpp" line="81"/>
        <source>Request received on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/EraseDialog.cpp" line="52"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/EraseDialog.cpp" line="53"/>
        <source>Type the first %1 characters of the id to &amp;confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/EraseDialog.cpp" line="63"/>
        <source>&amp;Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ErasurePage</name>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="47"/>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="48"/>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="75"/>
        <source>Erase one person on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="78"/>
        <source>Person id, or a name, phone, postcode or crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="79"/>
        <source>Find a person to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="81"/>
        <location filename="../ui/admin/ErasurePage.cpp" line="132"/>
        <source>Person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="81"/>
        <location filename="../ui/admin/ErasurePage.cpp" line="132"/>
        <source>Name</source>
        <translation type="unfinished">Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="81"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="81"/>
        <location filename="../ui/admin/ErasurePage.cpp" line="132"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="82"/>
        <source>Open work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="82"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="86"/>
        <source>&amp;Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="112"/>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="117"/>
        <source> year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="117"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="122"/>
        <source>Years without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="123"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="80"/>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="85"/>
        <source>People found to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="126"/>
        <source>Save as the hub&apos;s &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="130"/>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="132"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="134"/>
        <source>People with no activity for the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="135"/>
        <source>Erase &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="149"/>
        <source>No activity for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="196"/>
        <source>erased on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="197"/>
        <source>open work: close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="198"/>
        <source>can be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="203"/>
        <source>No one matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="204"/>
        <source>One person found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="205"/>
        <source>%1 people found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="221"/>
        <source>Person %1 was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="246"/>
        <source>One person with no activity for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="247"/>
        <source>%1 people with no activity for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="258"/>
        <source>Tick the people to erase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="262"/>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="263"/>
        <source>Erase %1 of the people with no activity for %2? Their names, contact details and notes are removed for good; only anonymous counts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="284"/>
        <source>One person erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="285"/>
        <source>%1 people erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/ErasurePage.cpp" line="292"/>
        <source>The hub&apos;s retention period is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/auth/FirstRunWizard.cpp" line="20"/>
        <source>Set up Victims&apos; Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunWizard.cpp" line="53"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunWizard.cpp" line="58"/>
        <source>Finish: set up the hub and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunWizard.cpp" line="155"/>
        <source>Quit setting up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunWizard.cpp" line="156"/>
        <source>Nothing has been saved yet. Quit and lose what was typed? The next start shows these steps again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunWizard.cpp" line="160"/>
        <source>&amp;Quit and lose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunWizard.cpp" line="162"/>
        <source>&amp;Keep setting up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::FormDialog</name>
    <message>
        <location filename="../ui/widgets/FormDialog.cpp" line="23"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FormDialog.cpp" line="24"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/widgets/FormDialog.cpp" line="25"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::HelpWindow</name>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="67"/>
        <source>User guide — Victims&apos; Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="68"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="71"/>
        <source>User guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="76"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="81"/>
        <source>&amp;Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="102"/>
        <source>Find in the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="103"/>
        <source>Words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="107"/>
        <source>F&amp;ind in the guide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="109"/>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="111"/>
        <source>The match before (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="112"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="114"/>
        <source>The next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="117"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="119"/>
        <source>Stop finding (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="146"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="162"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="166"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="170"/>
        <source>Start of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="173"/>
        <source>Find in the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="175"/>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="176"/>
        <source>Match before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="178"/>
        <source>Close the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="372"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/HelpWindow.cpp" line="374"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/help/HelpWindow.cpp" line="376"/>
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hub::ui::HubLoginsPage</name>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="34"/>
        <source>Hub desk logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="41"/>
        <source>This desk has no hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="42"/>
        <source>Desk logins belong to a PostgreSQL hub. Set the hub in File, Sync settings; this page then lists its desk logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="45"/>
        <source>The hub&apos;s address cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="46"/>
        <source>%1. Correct it in File, Sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="48"/>
        <source>A file hub has no desk logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="49"/>
        <source>This desk syncs with the hub file %1, which every desk opens directly: there are no logins to manage. A PostgreSQL hub gives each desk a login of its own (docs/SYNC.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="73"/>
        <source>The hub&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="74"/>
        <source>Hub owner&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="77"/>
        <source>Hub owner&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="78"/>
        <source>Li&amp;st logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="80"/>
        <source>List logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="82"/>
        <source>Desk logins of the hub %1, managed with the login that owns the hub (it may create roles). Its password is asked for here each time and never kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="87"/>
        <source>Owner&apos;s &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="88"/>
        <source>Owner&apos;s pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="92"/>
        <source>Desk logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="93"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="93"/>
        <source>Syncs for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="93"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="93"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="93"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="96"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="98"/>
        <source>Remove the selected login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="101"/>
        <source>Add a desk login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="102"/>
        <source>New login&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="103"/>
        <source>e.g. desk_laptop7: lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="106"/>
        <source>The user it syncs for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="111"/>
        <source>A&amp;dd login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="113"/>
        <source>Add login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="115"/>
        <source>The new login&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="117"/>
        <source>&amp;Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="119"/>
        <source>Copy the new login&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="121"/>
        <source>Lo&amp;gin name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="122"/>
        <source>Syncs for &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="123"/>
        <source>Its password, shown this once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="127"/>
        <source>Give it to the desk, which keeps it in its system keychain (Sync settings, or hubctl keychain store). It is not kept anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="135"/>
        <source>Password copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="171"/>
        <source>Type the hub owner&apos;s password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="181"/>
        <source>The hub could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="195"/>
        <source>Can log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="195"/>
        <source>Cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="201"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="215"/>
        <source>The logins could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/HubLoginsPage.cpp" line="219"/>
        <source>%n desk logins on the hub.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="229"/>
        <source>No login was added: type the new login&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="230"/>
        <source>No login was added: choose the user it syncs for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="240"/>
        <source>No login was added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="249"/>
        <source>Desk login %1 added for %2. Copy its password now: it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="255"/>
        <source>Desk login added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="276"/>
        <source>Remove a desk login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="277"/>
        <source>Remove the desk login %1? The desk that uses it can no longer sync, and nothing more is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="288"/>
        <source>Login %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="294"/>
        <source>Desk login %1 removed: it can no longer log in, and nothing more is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubLoginsPage.cpp" line="298"/>
        <source>Desk login removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::HubNamePage</name>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="141"/>
        <source>The hub&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="142"/>
        <source>The name everyone at the hub knows it by, for example the county&apos;s Victims&apos; Hub. It is kept with the hub&apos;s settings, which every workstation shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="148"/>
        <source>&amp;Hub name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::HubSettingsPage</name>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="30"/>
        <source>Hub settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="33"/>
        <source>Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="36"/>
        <source>These settings apply to every desk of the hub. You can read them; only an administrator can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="38"/>
        <source>These settings apply to every desk of the hub: they reach the other desks with their next sync. Each change is on the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="46"/>
        <source>&amp;Enhanced entitlement (working days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="47"/>
        <source>The Victims&apos; Code deadline for the first contact with a victim of the most serious crime, a vulnerable or intimidated victim or a persistently targeted one: 1 to %1 working days, no longer than the standard deadline. Every clock, list and report counts with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="52"/>
        <source>Standar&amp;d (working days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="53"/>
        <source>The first-contact deadline for every other victim: 1 to %1 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="55"/>
        <source>Retentio&amp;n (years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="56"/>
        <source>People with no activity for this many years are listed for review and erasure (Erasure and retention): 1 to %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="59"/>
        <source>&amp;Lock after (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="60"/>
        <source>The longest any desk stays open without a key press or mouse movement before it hides the records and asks for the password again: 1 to %1 minutes. A desk&apos;s own setting may only make it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="64"/>
        <source>Sync &amp;guard (per cent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="65"/>
        <source>A sync that would remove more than this share of a desk&apos;s records stops and asks a person to confirm, so a mistake on one desk cannot empty the others: 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="68"/>
        <source>&amp;Caseworkers may import police referral files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="70"/>
        <source>Caseworkers may import police referral files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="72"/>
        <source>Supervisors always may. When this is on, caseworkers import referral files too (Work menu, Import referrals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="75"/>
        <source>Settings of the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="78"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="80"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="81"/>
        <source>Check and save every setting (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="82"/>
        <source>Re&amp;turn to saved values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="84"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="85"/>
        <source>Show the stored values again, dropping what was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="101"/>
        <source>Check and save every hub setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="198"/>
        <source>must be a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="208"/>
        <source>Saved. The other desks take the new settings with their next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/HubSettingsPage.cpp" line="209"/>
        <source>Hub settings saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ImportFilePage</name>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="158"/>
        <source>New mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="165"/>
        <source>Choose the file and its mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="166"/>
        <source>A CSV file exported by a police force or partner agency. The mapping says which of its columns holds which field; the first time a force&apos;s file is imported, choose New mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="169"/>
        <source>The file cannot be imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="174"/>
        <source>The CSV file: type its path or press Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="175"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="177"/>
        <source>Browse for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="178"/>
        <source>Choose the file from a folder (the last folder used is remembered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="185"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="190"/>
        <source>&amp;Check or change the mapping before the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="198"/>
        <source>What was found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="204"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="205"/>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="207"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="208"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="209"/>
        <source>Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="218"/>
        <source>The encoding and delimiter are found in the file; change them only if the names or columns below look wrong (for example “WiÅ›niewska” for “Wiśniewska”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="258"/>
        <source>The saved mappings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="296"/>
        <source>Choose the referral file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="297"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="314"/>
        <source>The file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="317"/>
        <source>no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="324"/>
        <source>is larger than a referral export can be (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="346"/>
        <source>%1 with a byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="348"/>
        <source>%1 (%2), %3 between columns, %4 columns; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="349"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="349"/>
        <source>as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="352"/>
        <source>no rows under the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="353"/>
        <source>1 row under the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="354"/>
        <source>%1 rows under the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="376"/>
        <source>has a header but no rows: there is nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="377"/>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="93"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="94"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="95"/>
        <source>Date of birth</source>
        <translation type="unfinished">Data urodzenia</translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="96"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="97"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="98"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="99"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="100"/>
        <source>Postcode</source>
        <translation type="unfinished">Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="101"/>
        <source>First language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="102"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="103"/>
        <source>Crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="104"/>
        <source>Crime type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="105"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="106"/>
        <source>Why enhanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="107"/>
        <source>Consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="108"/>
        <source>Force&apos;s referral id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="109"/>
        <source>Force&apos;s person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="110"/>
        <source>Vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="111"/>
        <source>Intimidated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="112"/>
        <source>Persistently targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="113"/>
        <source>Repeat victim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="122"/>
        <source>Map the file&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="123"/>
        <source>For each field, the column of the file that holds it (fields marked * are needed). Below the columns, how the force&apos;s wording translates into the hub&apos;s codes. Saved by name, the mapping is used for the force&apos;s next files on every desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="127"/>
        <source>The mapping is not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="132"/>
        <source>The file&apos;s header and first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="144"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="161"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="164"/>
        <source>%1 (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="188"/>
        <source>Dates, codes and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="197"/>
        <source>%1 (e.g. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="199"/>
        <source>How the file writes its dates and times (d day, M month, y year, H hour, m minute, s second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="203"/>
        <source>D&amp;ates are written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="208"/>
        <source>&amp;Source of the referrals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="212"/>
        <source>Translations of the file&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="213"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="213"/>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="213"/>
        <source>In the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="221"/>
        <source>No coded column is mapped yet: map Crime type, Flags or a yes/no column and the file&apos;s wording for it is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="228"/>
        <source>&amp;Translations (the file&apos;s wording → the hub&apos;s code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="234"/>
        <source>e.g. Cambridgeshire Constabulary weekly export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="237"/>
        <source>Mapping na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="238"/>
        <source>Sa&amp;ve the mapping for the force&apos;s next files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="248"/>
        <source>Supervisors and administrators save mappings; this one is used for this file only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="252"/>
        <source>E&amp;xport as a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="254"/>
        <source>Export the mapping as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="255"/>
        <source>Save the mapping as a JSON file to give to another hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="266"/>
        <source>The &amp;file&apos;s first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="292"/>
        <source>(not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="301"/>
        <source>%1 (not in this file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="326"/>
        <source>&amp;Next: preview &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="433"/>
        <source>%1: “%2” in the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="434"/>
        <source>(read as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="434"/>
        <source>(as written: a code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="438"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="438"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="519"/>
        <source>The mapping was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="538"/>
        <source>Export the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="539"/>
        <source>Mapping files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="545"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportMappingPage.cpp" line="547"/>
        <source>The mapping was not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ImportPreviewModel</name>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="42"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="44"/>
        <source>Existing person (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="46"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="48"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="54"/>
        <source>Possible duplicate: it is them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="56"/>
        <source>Possible duplicate: someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="58"/>
        <source>Possible duplicate: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="62"/>
        <source>Possible duplicate: decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="71"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="72"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="75"/>
        <source>%1: %2</source>
        <comment>where, problem</comment>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="76"/>
        <source>%1: %2 (the file has “%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="84"/>
        <source>force&apos;s person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="88"/>
        <source>%1: same %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="160"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="162"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="164"/>
        <source>Name</source>
        <translation type="unfinished">Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="166"/>
        <source>Date of birth</source>
        <translation type="unfinished">Data urodzenia</translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="168"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="170"/>
        <source>Crime type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewModel.cpp" line="172"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ImportPreviewPage</name>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="71"/>
        <source>Check what will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="72"/>
        <source>Nothing is written yet. Each row of the file and what will happen to it; possible duplicates need your decision. Import writes them all in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="78"/>
        <source>Rows by what will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="84"/>
        <source>Show rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="85"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="89"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="89"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="89"/>
        <source>New people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="90"/>
        <source>Existing people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="90"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="93"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="103"/>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="109"/>
        <source>Possible duplicate: someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="119"/>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="335"/>
        <source>No rows of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="120"/>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="336"/>
        <source>Choose All rows under Show to see every row of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="128"/>
        <source>The highlighted row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="134"/>
        <source>It is &amp;them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="136"/>
        <source>The highlighted possible duplicate is the person suggested: add the referral to their record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="138"/>
        <source>Someone &amp;new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="140"/>
        <source>The highlighted possible duplicate is someone else: add them as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="142"/>
        <source>&amp;Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="144"/>
        <source>Do not import the highlighted row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="159"/>
        <source>Reading the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="167"/>
        <source>Possible duplicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="209"/>
        <source>Import the &amp;valid rows and write the others to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="234"/>
        <source>The file cannot be previewed with this mapping: %1. Go back to choose another mapping or change this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="314"/>
        <source>1 new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="314"/>
        <source>%1 new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="315"/>
        <source>1 existing person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="316"/>
        <source>%1 existing people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="318"/>
        <source>1 possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="319"/>
        <source>%1 possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="321"/>
        <source> (%1 to decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="322"/>
        <source>%1 already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="323"/>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="323"/>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="325"/>
        <source>&lt;b&gt;%1 rows:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="327"/>
        <source>%1 rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="332"/>
        <source>Nothing to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="333"/>
        <source>The file could not be previewed; the message above says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="354"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="356"/>
        <source>Line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="358"/>
        <source>Line %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="382"/>
        <source>Importing the referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="388"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ImportSummaryPage</name>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="398"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="401"/>
        <source>What the import did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="417"/>
        <source>&lt;b&gt;1 referral added&lt;/b&gt; to the team&apos;s inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="418"/>
        <source>&lt;b&gt;%1 referrals added&lt;/b&gt; to the team&apos;s inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="419"/>
        <source>1 new person on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="420"/>
        <source>%1 new people on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="422"/>
        <source>%1 already imported before: nothing added for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="424"/>
        <source>%1 left out, as you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="426"/>
        <source>%1 not imported, written with the reason for each to&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="430"/>
        <source>Each referral&apos;s Victims&apos; Code clock started at the date it was received in the file. Press Finish to see them in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ImportWizard</name>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportPreviewPage.cpp" line="45"/>
        <location filename="../ui/referrals/ImportWizard.cpp" line="79"/>
        <source>Import referrals from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="35"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="37"/>
        <source>Windows-1252 (Excel on UK Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="38"/>
        <location filename="../ui/referrals/ImportWizard.cpp" line="49"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="44"/>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="46"/>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="48"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="107"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/ImportWizard.cpp" line="108"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::InboxModel</name>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="87"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="109"/>
        <source>%1, has safety-of-contact limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="132"/>
        <source>You cannot open this person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="134"/>
        <source>Safety-of-contact limits: read the record before contacting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="140"/>
        <source>%1 (crime reference %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="163"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="165"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="167"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="169"/>
        <source>Crime type and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="171"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="173"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="175"/>
        <source>Victims&apos; Code clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxModel.cpp" line="178"/>
        <source>Time left for the first contact, or how long it is overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::InboxPage</name>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="32"/>
        <location filename="../ui/referrals/InboxPage.cpp" line="57"/>
        <source>Referral inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="37"/>
        <source>Referrals awaiting triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="45"/>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="48"/>
        <source>Contact attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="50"/>
        <source>Overdue by 12 days 23 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="55"/>
        <source>Referral inbox summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="64"/>
        <source>&amp;New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="65"/>
        <source>Enter a referral received by phone, email or letter (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="66"/>
        <source>&amp;Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="67"/>
        <source>Accept, decline or close the selected referral (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="69"/>
        <source>Assign to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="69"/>
        <source>Make the selected referral yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="70"/>
        <source>Assign t&amp;o…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="71"/>
        <source>Give the selected referral to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="72"/>
        <source>O&amp;pen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="73"/>
        <source>Open the record of the selected referral&apos;s person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="76"/>
        <source>&amp;Import from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="77"/>
        <source>Read a police force&apos;s CSV export of referrals into the inbox (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="89"/>
        <source>Enter a new referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="173"/>
        <source>Referral for %1 added to the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="200"/>
        <source>The referral of %1 was not assigned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="209"/>
        <source>The referral of %1 is back in the unassigned queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="210"/>
        <source>The referral of %1 is assigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="215"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="262"/>
        <source>No referrals are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="263"/>
        <source>New referrals for your team will be listed here, unassigned first, each with its Victims&apos; Code first-contact clock. To enter one received by phone or letter, press Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="267"/>
        <source>New referrals will be listed here. Start the app as a caseworker to enter and triage them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="275"/>
        <source>1 referral awaiting triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="276"/>
        <source>%1 referrals awaiting triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="278"/>
        <source>%1 unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/InboxPage.cpp" line="280"/>
        <source>%1 breached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::IntakeDialog</name>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="42"/>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="46"/>
        <source>Unsaved referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="47"/>
        <source>This referral is not saved. Save it now, or discard what was typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="49"/>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="92"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="52"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="62"/>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="63"/>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="68"/>
        <source>dd/mm/yyyy, or blank if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="69"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="70"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="72"/>
        <source>e.g. PE1 1XX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="73"/>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="74"/>
        <source>No fixed &amp;abode / overseas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="81"/>
        <source>Safe to leave &amp;voicemail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="83"/>
        <source>Safe to sen&amp;d letters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="85"/>
        <source>Safe to te&amp;xt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="88"/>
        <source>Already on file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="110"/>
        <source>R&amp;eceived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="111"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="113"/>
        <source>Crime &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="115"/>
        <source>Choose the crime type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="117"/>
        <source>Police reference, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="118"/>
        <source>Crime &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="128"/>
        <source>Space ticks the selected flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="136"/>
        <source>F&amp;lags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="138"/>
        <source>C&amp;onsent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="141"/>
        <source>Without consent there is no Victims&apos; Code first-contact clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="143"/>
        <source>Enhanced entitle&amp;ment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="145"/>
        <source>First contact within 2 working days instead of 5. Every under-18 is entitled; that is set for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="149"/>
        <source>Choose why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="152"/>
        <source>&amp;Why enhanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="153"/>
        <source>Ass&amp;ign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="155"/>
        <source>Otherwise the referral waits in the team&apos;s unassigned queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="163"/>
        <source>Save referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="166"/>
        <source>Save (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="298"/>
        <source>The referral was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/IntakeDialog.cpp" line="305"/>
        <source>use one of the people suggested (Alt+U), or choose New person (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::JoinHubPage</name>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="26"/>
        <source>Join your organisation&apos;s hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="27"/>
        <source>An administrator gave you an enrolment code for this workstation. It receives the teams, users, code lists, settings and your work from the hub, and you choose your own password here: nobody else knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="31"/>
        <source>This workstation did not join the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="33"/>
        <source>Why this workstation did not join the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="44"/>
        <source>postgresql://hub.example.org/hub?sslmode=verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="47"/>
        <source>XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="52"/>
        <source>&amp;Hub address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="53"/>
        <source>&amp;Your user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="54"/>
        <source>&amp;Enrolment code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="55"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="56"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="58"/>
        <source>Your password needs at least %1 characters and must not be your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="64"/>
        <source>Joining the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="98"/>
        <source>Connecting to the hub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="101"/>
        <source>Checking the enrolment code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="104"/>
        <source>Receiving teams, users, code lists, settings and your work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="107"/>
        <source>Setting your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="110"/>
        <source>This workstation has joined the hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/setup/JoinHubPage.cpp" line="126"/>
        <source>does not match the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::LockPage</name>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="19"/>
        <source>Victims&apos; Hub is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="27"/>
        <source>Locked to keep the records private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="29"/>
        <source>%1, type your password to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="37"/>
        <location filename="../ui/auth/LockPage.cpp" line="38"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="39"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="44"/>
        <source>&amp;Sign out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="46"/>
        <source>Close this session without unlocking it; what was not saved in an open form is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="48"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="50"/>
        <source>Close Victims&apos; Hub without unlocking it (Ctrl+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/LockPage.cpp" line="55"/>
        <source>Why the window is still locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::LogContactDialog</name>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="102"/>
        <source>Correcting the contact of %1. The original stays in the record as it was logged; this correction is shown beneath it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="107"/>
        <source>The form starts from the latest correction, recorded %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="117"/>
        <source>Correct a contact with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="118"/>
        <source>Log a contact with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="129"/>
        <source>The contact was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="130"/>
        <source>Why the contact was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="131"/>
        <source>Contact not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="133"/>
        <source>This correction is not saved yet. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="134"/>
        <source>This contact with %1 is not logged yet. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="141"/>
        <source>Enter saves from any one-line field, Ctrl+Enter from anywhere. In the summary Enter starts a new line. Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="150"/>
        <source>&amp;Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="150"/>
        <source>&amp;Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="152"/>
        <source>Save (Enter, or Ctrl+Enter in the summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="156"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="193"/>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="196"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="198"/>
        <source>Type a letter to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="203"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="208"/>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="209"/>
        <source>Safety warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="217"/>
        <source>O&amp;verride: log this contact anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="222"/>
        <source>Why it was right to go ahead, e.g. agreed with her by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="229"/>
        <source>Override the safety warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="231"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="234"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="241"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="243"/>
        <source>&amp;Length (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="252"/>
        <source>When the contact happened, in UK time: 07/12/2026 14:30, today 9:05, yesterday (keeps the time), or Alt+Down for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="254"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="258"/>
        <source>Re&amp;garding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="267"/>
        <source>What was said or done, and what happens next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="268"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="316"/>
        <source>Support episode opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="319"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="331"/>
        <source>Referral received %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="336"/>
        <source>Nothing in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="400"/>
        <source>To log it anyway, tick Override and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="439"/>
        <source>Tick Override to log this contact despite the safety warning, or change the channel or outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/LogContactDialog.cpp" line="443"/>
        <source>Reason: say why it was right to go ahead despite the safety warning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Victims&apos; Hub</source>
        <translation>Victims&apos; Hub</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>Current section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="147"/>
        <source>Team review is for supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Supervisors review caseloads and move work here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>People on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="189"/>
        <source>Working as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="192"/>
        <source>Not working as a user: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>Search name, phone, postcode or crime reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="390"/>
        <source>&amp;Sign out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>Close your session and show the sign-in dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="394"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>&amp;Find person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="414"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="422"/>
        <source>Wor&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="434"/>
        <source>Possible &amp;duplicates...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="450"/>
        <source>&amp;Import referrals from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <source>Read a police force&apos;s CSV export of referrals into the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="458"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="461"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="467"/>
        <source>Open the user guide at the section for this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="469"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Every key of this window, what it does and where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="476"/>
        <source>&amp;About Victims&apos; Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="478"/>
        <source>About Victims&apos; Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="479"/>
        <source>&lt;h3&gt;Victims&apos; Hub %1&lt;/h3&gt;&lt;p&gt;Case management for a county Victims&apos; Hub: referrals, support episodes, contacts and the monthly support counts.&lt;/p&gt;&lt;p&gt;Press F1 on any screen for the user guide; Help &amp;gt; Keyboard shortcuts lists every key.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="501"/>
        <source>1 referral imported into the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="502"/>
        <source>%1 referrals imported into the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="530"/>
        <source>Opened the record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="535"/>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="605"/>
        <source>1 person on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="606"/>
        <source>%1 people on file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::MergeDialog</name>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="39"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="41"/>
        <source>Safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="43"/>
        <source>Not safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="44"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="51"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="52"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="53"/>
        <source>Date of birth</source>
        <translation type="unfinished">Data urodzenia</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="54"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="55"/>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="56"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="57"/>
        <source>First language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="58"/>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="59"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="60"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="61"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="62"/>
        <source>Postcode</source>
        <translation type="unfinished">Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="63"/>
        <source>Safe times to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="64"/>
        <source>Voicemail safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="65"/>
        <source>Letters safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="66"/>
        <source>Texts safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="67"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="68"/>
        <source>Safe contact notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="79"/>
        <source>Merge two records of one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="82"/>
        <source>The records were not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="83"/>
        <source>Records not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="83"/>
        <source>Merge the two records now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="87"/>
        <source>&lt;b&gt;Kept record&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="89"/>
        <source>&lt;b&gt;Merged into it&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="90"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="103"/>
        <source>%1: keep %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="104"/>
        <source>%1: take %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="127"/>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="137"/>
        <source>Fields of the two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="140"/>
        <source>Voicemail, letters and texts always keep the most restrictive answer of the two, a restricted record stays restricted, and both records&apos; safe contact notes are kept. Every referral, support episode, contact and task of the second record moves to the kept one. A merge can be undone until the kept record is erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="151"/>
        <source>Reason for the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="153"/>
        <source>&amp;Why are they one person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="155"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/MergeDialog.cpp" line="160"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::MyCaseloadModel</name>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="84"/>
        <source>Awaiting triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="86"/>
        <source>Closure requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="87"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="99"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="101"/>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="160"/>
        <source>%1, has safety-of-contact limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="186"/>
        <source>Safety-of-contact limits: read the record before contacting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="188"/>
        <source>Victims&apos; Code first contact due by the end of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="190"/>
        <source>enhanced entitlement, 2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="191"/>
        <source>standard, 5 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="193"/>
        <source>Awaiting a supervisor&apos;s approval to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="221"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="223"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="225"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="227"/>
        <source>Last contact</source>
        <translation type="unfinished">Ostatni kontakt</translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="229"/>
        <source>Victims&apos; Code clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="231"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="236"/>
        <source>The earliest open task of yours for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="238"/>
        <source>Time left for the first contact, or how long it is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/MyCaseloadModel.cpp" line="240"/>
        <source>When the referral was received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::MyCaseloadPage</name>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="28"/>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="60"/>
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
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="58"/>
        <source>My caseload summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="66"/>
        <source>Filter my caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="67"/>
        <source>Filter by name, status or clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="71"/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="73"/>
        <source>&amp;Breached only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="75"/>
        <source>Show only cases whose Victims&apos; Code clock is breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="77"/>
        <source>Only referrals whose first contact is overdue or was made late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="185"/>
        <source>No caseload for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="186"/>
        <source>My caseload lists the support episodes and referrals of a caseworker. Start the app as a caseworker to see theirs; the All people tab lists everyone on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="190"/>
        <source>Nothing is assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="191"/>
        <source>Referrals assigned to you for triage and your open support episodes will be listed here, most urgent Victims&apos; Code clock first. New referrals arrive in Referrals (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="195"/>
        <source>Nothing matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="196"/>
        <source>None of your cases match. Clear the filter text or untick &quot;Breached only&quot; to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="204"/>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="204"/>
        <source>%1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="206"/>
        <source>%1 awaiting triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="208"/>
        <source>%1 breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/caseload/MyCaseloadPage.cpp" line="210"/>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::MyTasksPanel</name>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="26"/>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="29"/>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="38"/>
        <source>My tasks summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="45"/>
        <source>My tasks by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="63"/>
        <source>This task is not about a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="68"/>
        <source>No tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="69"/>
        <source>Tasks you set yourself (Ctrl+T) and those assigned to you appear here by due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="77"/>
        <source>Mark &amp;done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="79"/>
        <source>Mark the selected task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="80"/>
        <source>Mark the selected task done (Space in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="82"/>
        <source>&amp;New task… (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="84"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="85"/>
        <source>Create a task (Ctrl+T from anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="137"/>
        <source>The task was not marked done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="140"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="171"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="173"/>
        <source>%n due today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tasks/MyTasksPanel.cpp" line="175"/>
        <source>All done for now</source>
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
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="29"/>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="30"/>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="143"/>
        <source>Onward referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="34"/>
        <source>Onward referrals to agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="35"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="35"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="35"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="48"/>
        <source>Agency to refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="55"/>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="70"/>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="163"/>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="57"/>
        <source>&amp;Refer on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="59"/>
        <source>Record the onward referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="61"/>
        <source>Acce&amp;pted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="63"/>
        <source>The agency accepted the selected referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="65"/>
        <source>Dec&amp;lined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="67"/>
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
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="116"/>
        <source>Awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="117"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="118"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="138"/>
        <source>No onward referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="142"/>
        <source>Onward referrals (%1 awaiting reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="175"/>
        <source>The onward referral was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="179"/>
        <source>Referred on to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="193"/>
        <source>The reply was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="197"/>
        <source>%1 accepted the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/OnwardReferralsEditor.cpp" line="198"/>
        <source>%1 declined the referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonEditDialog</name>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="31"/>
        <source>Edit details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="34"/>
        <source>The details were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="40"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="43"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="46"/>
        <source>Safety of contact</source>
        <translation type="unfinished">Bezpieczeństwo kontaktu</translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="55"/>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="56"/>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="62"/>
        <source>dd/mm/yyyy, or blank if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="66"/>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="67"/>
        <source>G&amp;ender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="69"/>
        <source>Et&amp;hnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="71"/>
        <source>D&amp;isability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="74"/>
        <source>A language code: en English, pl Polish, ro Romanian, pt Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="76"/>
        <source>I&amp;nterpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="79"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="80"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="81"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="83"/>
        <source>e.g. PE1 1XX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="84"/>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="102"/>
        <source>e.g. weekdays 10:00-12:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="108"/>
        <source>e.g. do not contact at home; partner must not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="112"/>
        <source>Contact n&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="114"/>
        <source>&amp;Restricted record (staff member or known locally)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="35"/>
        <source>Why the details could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="75"/>
        <source>First lang&amp;uage (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="85"/>
        <source>No fi&amp;xed abode / overseas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="92"/>
        <source>Safe to leave &amp;voicemail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="95"/>
        <source>Safe to send &amp;letters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="98"/>
        <source>Safe to &amp;text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="103"/>
        <source>Safe &amp;days and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="122"/>
        <source>Save details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="124"/>
        <source>Save (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="127"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="36"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/person/PersonEditDialog.cpp" line="37"/>
        <source>The details of %1 have changes that are not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field, problem</comment>
        <translation type="obsolete">%1, %2 {1:?}</translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonHeader</name>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="35"/>
        <source>Person and safety of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="40"/>
        <source>Name</source>
        <translation type="unfinished">Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="49"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="98"/>
        <source>(no name recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="104"/>
        <source>Born %1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="106"/>
        <source>Date of birth unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="110"/>
        <source>No phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="110"/>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="115"/>
        <source>%1 — interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="122"/>
        <source>Do not leave voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="123"/>
        <source>No letters</source>
        <translation type="unfinished">Bez listów</translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="124"/>
        <source>No texts</source>
        <translation type="unfinished">Bez SMS-ów</translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="127"/>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="129"/>
        <source>letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="131"/>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="133"/>
        <source>Not yet asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="136"/>
        <source>Nobody has asked yet whether these are safe: they are blocked until the answer is recorded (Edit details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="138"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="139"/>
        <source>Safe times: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="140"/>
        <source>Contact notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonHeader.cpp" line="141"/>
        <source>No contact limits recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonOverview</name>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="29"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="29"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="36"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="41"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="42"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="43"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="45"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="46"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="47"/>
        <source>Date of birth</source>
        <translation type="unfinished">Data urodzenia</translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="48"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="49"/>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="50"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="51"/>
        <source>First language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="52"/>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="54"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="55"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="56"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="57"/>
        <source>Postcode</source>
        <translation type="unfinished">Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="58"/>
        <source>Safe to leave voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="59"/>
        <source>Safe to send letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="60"/>
        <source>Safe to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="61"/>
        <source>Safe contact times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="62"/>
        <source>Contact notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="64"/>
        <source>Restricted record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="65"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="66"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="67"/>
        <source>Support episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="68"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="69"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="101"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="117"/>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonOverview.cpp" line="118"/>
        <source>Unknown</source>
        <translation type="unfinished">Nieznana</translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonPickerDialog</name>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="31"/>
        <source>&amp;Who is it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="34"/>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="35"/>
        <source>Name, phone, postcode or crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="42"/>
        <source>Matching people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="54"/>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="55"/>
        <source>Choose the highlighted person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="57"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="80"/>
        <source>Type to search; Up and Down move through the matches, Enter chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="90"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="91"/>
        <source>date of birth unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="101"/>
        <source>Nobody on file matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/PersonPickerDialog.cpp" line="102"/>
        <source>Enter chooses the highlighted person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonSuggestions</name>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="26"/>
        <source>People already on file who may be this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="31"/>
        <source>Name</source>
        <translation type="unfinished">Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="31"/>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="35"/>
        <source>Date of birth</source>
        <translation type="unfinished">Data urodzenia</translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="31"/>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="31"/>
        <source>Postcode</source>
        <translation type="unfinished">Kod pocztowy</translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="31"/>
        <source>Why it matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="41"/>
        <source>&amp;Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="43"/>
        <source>The referral is for the selected person (Enter in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="45"/>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="47"/>
        <source>None of them: enter a new person from the details typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="74"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="76"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="78"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="80"/>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="87"/>
        <source>%1 and %2</source>
        <comment>list of matching fields</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="100"/>
        <source>Same %1 (score %2 of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="157"/>
        <source>Already on file? People who match the name, date of birth, phone or postcode typed will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="159"/>
        <source>Already on file? 1 person matches. Down arrow to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="160"/>
        <source>Already on file? %1 people match, the best first. Down arrow to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="168"/>
        <source>The referral is for %1, born %2, already on file. New person (Alt+N) to enter someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="175"/>
        <source>The referral is for a new person, entered from the details above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="178"/>
        <source>Use one of these people (Alt+U), or New person (Alt+N) if none of them is this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/PersonSuggestions.cpp" line="180"/>
        <source>A new person will be entered from the details above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::PersonView</name>
    <message>
        <location filename="../ui/PersonView.cpp" line="36"/>
        <source>Person record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="38"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="40"/>
        <location filename="../ui/PersonView.cpp" line="188"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="41"/>
        <source>Back to the list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="46"/>
        <source>Read-only view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="53"/>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="55"/>
        <source>Edit the person&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="56"/>
        <source>Edit details and safety-of-contact flags (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="61"/>
        <source>Edit details and safety flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="65"/>
        <source>&amp;Undo merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="67"/>
        <source>Undo a merge into this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="68"/>
        <source>Separate a record that was merged into this one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="82"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="100"/>
        <source>Person record sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="103"/>
        <location filename="../ui/PersonView.cpp" line="118"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="104"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="104"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="104"/>
        <source>Crime reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="105"/>
        <source>Offence</source>
        <translation type="unfinished">Przestępstwo</translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="105"/>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="105"/>
        <source>Victims&apos; Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="106"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="106"/>
        <location filename="../ui/PersonView.cpp" line="110"/>
        <location filename="../ui/PersonView.cpp" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="106"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="109"/>
        <location filename="../ui/PersonView.cpp" line="132"/>
        <source>Support episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="110"/>
        <source>Episode</source>
        <translation type="unfinished">Okres wsparcia</translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="110"/>
        <source>Caseworker</source>
        <translation type="unfinished">Opiekun sprawy</translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="110"/>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="112"/>
        <source>Contacts, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="113"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="113"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="113"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="113"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="113"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="113"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="115"/>
        <location filename="../ui/PersonView.cpp" line="176"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="116"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="116"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="116"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="117"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="135"/>
        <source>The selected contact in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="138"/>
        <source>&amp;Amend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="148"/>
        <source>&amp;Amend… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="150"/>
        <source>Amend the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="151"/>
        <source>Record a correction of the selected contact; the original stays as it was logged (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="154"/>
        <source>Ctrl+L logs a new contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="175"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="202"/>
        <source>Next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="202"/>
        <source>Previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="287"/>
        <source>Referrals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="288"/>
        <source>Support episodes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="289"/>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="293"/>
        <source>Tasks (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="347"/>
        <source>Undid the merge of %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="363"/>
        <source>Saved the details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="373"/>
        <source>Choose a contact in the list to amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/PersonView.cpp" line="379"/>
        <source>Recorded a correction; the original contact is kept as logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::PostcodeChoice</name>
    <message>
        <location filename="../ui/widgets/PostcodeChoice.cpp" line="14"/>
        <source>For someone with no UK postcode: no fixed abode, or living abroad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::PriorityDialog</name>
    <message>
        <location filename="../ui/supervisor/PriorityDialog.cpp" line="22"/>
        <source>Set the priority of 1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/PriorityDialog.cpp" line="23"/>
        <source>Set the priority of %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/PriorityDialog.cpp" line="26"/>
        <source>The priority was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/PriorityDialog.cpp" line="27"/>
        <source>Priority not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/PriorityDialog.cpp" line="27"/>
        <source>Set the new priority now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/PriorityDialog.cpp" line="36"/>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/PriorityDialog.cpp" line="38"/>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/PriorityDialog.cpp" line="43"/>
        <source>&amp;Set priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ReassignDialog</name>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="36"/>
        <source>Reassign 1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="37"/>
        <source>Reassign %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="40"/>
        <source>Nothing was reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="41"/>
        <source>Why nothing was reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="42"/>
        <source>Not reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="43"/>
        <source>The work has not been reassigned yet. Reassign it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="50"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="51"/>
        <source>Moving: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="56"/>
        <source>Filter caseworkers by name or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="57"/>
        <source>Type a name or team; Down to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="73"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="75"/>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="93"/>
        <source>e.g. Caseworker on leave until 5 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="104"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="107"/>
        <source>&amp;Give to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="108"/>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="114"/>
        <source>&amp;Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="115"/>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReassignDialog.cpp" line="120"/>
        <source>Enter reassigns, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::RecordActions</name>
    <message>
        <location filename="../ui/contacts/RecordActions.cpp" line="24"/>
        <source>Start the app as a user to record work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/RecordActions.cpp" line="26"/>
        <source>&amp;Log contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/RecordActions.cpp" line="30"/>
        <source>Log a call, text, email, letter or visit (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/RecordActions.cpp" line="35"/>
        <source>New &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/RecordActions.cpp" line="39"/>
        <source>Create a task or reminder (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/RecordActions.cpp" line="78"/>
        <source>Log a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/RecordActions.cpp" line="91"/>
        <source>Logged a contact with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/RecordActions.cpp" line="101"/>
        <source>Task saved: %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ReportFiguresModel</name>
    <message>
        <location filename="../ui/reports/ReportFiguresModel.cpp" line="137"/>
        <source>Saved: %1. Today&apos;s data gives: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportFiguresModel.cpp" line="173"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportFiguresModel.cpp" line="175"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportFiguresModel.cpp" line="175"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportFiguresModel.cpp" line="177"/>
        <source>Today&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ReportsPage</name>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="91"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="93"/>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="94"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="94"/>
        <source>The month to count (Europe/London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="96"/>
        <source>F&amp;igures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="97"/>
        <source>Figures shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="98"/>
        <source>Today&apos;s data, or a snapshot saved earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="100"/>
        <source>Up &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="101"/>
        <source>Up to month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="102"/>
        <source>Count a run of months: from the month chosen up to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="103"/>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="104"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="107"/>
        <source>&amp;Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="108"/>
        <source>Keep this closed month&apos;s figures as they stand now; a snapshot cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="111"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="112"/>
        <source>Save the figures shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="113"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="114"/>
        <source>Save the figures, the trend and the definitions as an A4 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="115"/>
        <source>Export E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="116"/>
        <source>Save the figures as an Excel workbook: one sheet per section, numbers as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="124"/>
        <source>Monthly support counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="146"/>
        <source>Report notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="154"/>
        <source>Figures of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="229"/>
        <source>%1 (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="245"/>
        <source>That month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="265"/>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="273"/>
        <source>Count the whole hub, or one team: its referrals and support episodes, and the contacts its workers recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="275"/>
        <source>As a team&apos;s supervisor you see your own team&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="378"/>
        <source>The figures could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="381"/>
        <source>Counting %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="383"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="397"/>
        <source>Today&apos;s data (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="401"/>
        <source>Snapshot saved %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="403"/>
        <location filename="../ui/reports/ReportsPage.cpp" line="434"/>
        <source>someone no longer on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="432"/>
        <source>Snapshot saved on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="447"/>
        <source>%1 is not over yet: these figures will change as work is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="453"/>
        <source>Nothing was recorded for %1: no referrals, contacts or support episodes. Every figure is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="456"/>
        <source>Nothing counts for %1 in %2: no referrals, contacts or support episodes of the team. Every figure is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="469"/>
        <source>The snapshot cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="480"/>
        <location filename="../ui/reports/ReportsPage.cpp" line="483"/>
        <location filename="../ui/reports/ReportsPage.cpp" line="484"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="481"/>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reports/ReportsPage.cpp" line="489"/>
        <source>%1 Today&apos;s data would now give different figures (%n changed, saved → today): %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="496"/>
        <source>%1 Today&apos;s data still gives the same figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="529"/>
        <source>A snapshot is of one month: choose &quot;That month only&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="530"/>
        <source>Keep this month&apos;s figures as they stand now; a snapshot cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="532"/>
        <source>A snapshot can be saved once the month is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="563"/>
        <source>Export the figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="563"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="573"/>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="573"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="582"/>
        <source>Export the figures as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="583"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="594"/>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="602"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="608"/>
        <source>Saved the %1 figures as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="644"/>
        <source>Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="645"/>
        <source>Save the figures of %1 as they stand now? A snapshot cannot be changed or removed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="656"/>
        <location filename="../ui/reports/ReportsPage.cpp" line="658"/>
        <source>The snapshot was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/ReportsPage.cpp" line="664"/>
        <source>Saved a snapshot of the %1 figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ReviewRecordsModel</name>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="57"/>
        <source>Support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="59"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="61"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="63"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="70"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="72"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="74"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="82"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="84"/>
        <source>Closure asked for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="86"/>
        <source>1 day since contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="86"/>
        <source>%1 days since contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="88"/>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="91"/>
        <source>%1: due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="93"/>
        <source>%1: first contact was due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="96"/>
        <source>%1: first contact due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="98"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="98"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="100"/>
        <source>%1: received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="129"/>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="170"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="172"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="174"/>
        <source>Why it counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="176"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/ReviewRecordsModel.cpp" line="178"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::RulesPage</name>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="391"/>
        <source>Deadlines and record keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="392"/>
        <source>Both can be changed later by an administrator. The defaults are the Victims&apos; Code&apos;s and the hub&apos;s usual practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="396"/>
        <location filename="../ui/auth/FirstRunPages.cpp" line="397"/>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="398"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="400"/>
        <source>&amp;Enhanced entitlement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="402"/>
        <source>Victims entitled to enhanced support (every under-18, victims of the most serious crimes, the persistently targeted and the vulnerable or intimidated) are first contacted within this many working days of the referral. The Victims&apos; Code says 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="406"/>
        <source>&amp;Standard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="408"/>
        <source>Everyone else is first contacted within this many working days. The Victims&apos; Code says 5. Each is 1 to %1 days, enhanced no longer than standard; weekends and bank holidays in England and Wales do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="413"/>
        <source>&amp;Keep records for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="415"/>
        <source>People with no activity for this many years are listed for review and erasure (1 to %1 years; 6 is usual).</source>
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
        <location filename="../ui/models/SearchResultsModel.cpp" line="79"/>
        <source>Search failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>hub::ui::SessionLock</name>
    <message>
        <location filename="../ui/auth/SessionLock.cpp" line="52"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SessionLock.cpp" line="55"/>
        <source>Hide the records until you type your password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SessionLock.cpp" line="154"/>
        <source>Victims&apos; Hub is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SessionLock.cpp" line="166"/>
        <source>Your password was reset; sign in again to choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SetupPage</name>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="70"/>
        <source>This step is not complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SetupSummaryPage</name>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="525"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="526"/>
        <source>Nothing is saved yet. Check what will be set up; Back changes any of it. Finish sets up the hub and signs you in as its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="529"/>
        <source>The hub was not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="532"/>
        <source>What will be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="539"/>
        <source>&amp;Finish: set up and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="548"/>
        <source>Hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="549"/>
        <source>Administrator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="552"/>
        <source>Teams (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="553"/>
        <source>Victims&apos; Code first contact: %1 working days (enhanced), %2 (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/auth/FirstRunPages.cpp" line="556"/>
        <source>Records kept for: %n year(s) after the last activity</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="557"/>
        <source>Hub connection: none for now (File &gt; Sync settings later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="558"/>
        <source>Hub connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SetupTeamsPage</name>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="275"/>
        <location filename="../ui/auth/FirstRunPages.cpp" line="295"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="276"/>
        <source>Each caseworker and supervisor belongs to a team; a team sees its own referrals and caseloads. Add at least one; more can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="280"/>
        <source>A team&apos;s name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="281"/>
        <source>New team&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="283"/>
        <source>&amp;Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="297"/>
        <source>Re&amp;move team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="301"/>
        <source>Removes the selected team from the list (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="304"/>
        <source>&amp;Team name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="307"/>
        <source>Teams &amp;set up:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="23"/>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="27"/>
        <source>Every key of the window as it is now, for your role. In every dialog Enter saves, Esc cancels and Alt with an underlined letter goes to that field; the keys of each dialog are in the user guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="35"/>
        <source>Find a key or an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="36"/>
        <source>A key (Ctrl+L) or words (log contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="39"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="46"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="46"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="46"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="58"/>
        <source>(not described)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="69"/>
        <source>Dialog keys in the &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/help/ShortcutsDialog.cpp" line="73"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SignInDialog</name>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="27"/>
        <source>Sign in to Victims&apos; Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="29"/>
        <source>Victims&apos; Hub</source>
        <translation type="unfinished">Victims&apos; Hub</translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="35"/>
        <source>Sign in with your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="40"/>
        <source>Why you are not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="47"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="50"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="53"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="54"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="58"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="60"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/SignInDialog.cpp" line="91"/>
        <source>Type your username.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SupervisorPage</name>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="46"/>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="149"/>
        <source>Team review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="50"/>
        <source>Team to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="54"/>
        <source>T&amp;eam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="73"/>
        <source>Caseload review: caseworkers by measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="89"/>
        <source>Choose a number above and press Enter to list the records behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="96"/>
        <source>Records behind the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="110"/>
        <source>&amp;Open person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="112"/>
        <source>Open the person&apos;s record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="113"/>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="116"/>
        <source>Give the selected referrals and support episodes to another caseworker (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="117"/>
        <source>&amp;Approve or return closure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="119"/>
        <source>Decide on the closure request of this support episode (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="120"/>
        <source>Set &amp;priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="122"/>
        <source>Normal, high or urgent (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="203"/>
        <source>Contacts counted from Monday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="235"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="245"/>
        <source>Choose a number to the right of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="249"/>
        <source>Nobody holds unallocated referrals: see the team total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="282"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="316"/>
        <source>Select the referrals or support episodes to reassign first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="324"/>
        <source>1 record reassigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="325"/>
        <source>%1 records reassigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="333"/>
        <source>Choose a support episode awaiting closure approval first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="340"/>
        <source>Support for %1 is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="341"/>
        <source>The closure request for %1 went back to the caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="350"/>
        <source>Select the referrals or support episodes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="359"/>
        <source>Priority set to %1 for 1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/SupervisorPage.cpp" line="361"/>
        <source>Priority set to %1 for %2 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SupportPlanEditor</name>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="28"/>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="29"/>
        <source>Support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="33"/>
        <source>Support plan actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="34"/>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="67"/>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="163"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="34"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="47"/>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="48"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="49"/>
        <source>What is to be done, e.g. chase the housing officer; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="56"/>
        <source>Action due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="58"/>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="60"/>
        <source>Add the action to the support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="62"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="64"/>
        <source>Mark the selected action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="69"/>
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
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="173"/>
        <source>Type what is to be done before adding the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="174"/>
        <source>The action was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="182"/>
        <source>Action added, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="196"/>
        <source>The action was not marked done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/episodes/SupportPlanEditor.cpp" line="200"/>
        <source>Action done: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SyncController</name>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="84"/>
        <source>No hub is set for this workstation: choose Sync &gt; Sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="90"/>
        <source>The hub address in Sync settings is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="103"/>
        <source>Waiting for the hub password: press F5 to sync and enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="107"/>
        <source>%1 (system keychain: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="112"/>
        <source>Sync cancelled: no hub password given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncController.cpp" line="181"/>
        <source>%1 (the password was not saved in the system keychain: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SyncSettingsDialog</name>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="24"/>
        <source>Sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="27"/>
        <source>The sync settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="28"/>
        <source>Why the sync settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="29"/>
        <source>Sync settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="30"/>
        <source>The sync settings are not saved yet. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="43"/>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="46"/>
        <source>&amp;Hub address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="54"/>
        <source>Only on demand (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="55"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="57"/>
        <source>Sync &amp;every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="62"/>
        <source>&amp;Remember the hub password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="70"/>
        <source>Type it to save it, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="72"/>
        <source>Hub &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="80"/>
        <source>The hub password is never saved in the settings. It comes from HUB_HUB_PASSWORD, from the system keychain when the box above is ticked (a password typed at F5 is saved there once the hub accepts it), or it is asked for once per session, at the first sync you start with F5. A SQLite hub (sqlite:///path/hub.db) needs no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="126"/>
        <source>&amp;Forget saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="145"/>
        <source>This hub needs no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="150"/>
        <source>A password for this hub is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="153"/>
        <source>No password for this hub is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="155"/>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="166"/>
        <source>The saved password was not forgotten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="221"/>
        <source>Only a PostgreSQL hub has a password: leave this field empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="224"/>
        <source>The password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="93"/>
        <source>Save sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncSettingsDialog.cpp" line="95"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SyncStatusLabel</name>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="32"/>
        <source>Sync not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="34"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="38"/>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="40"/>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="42"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="45"/>
        <source>1 change to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="46"/>
        <source>%1 changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="48"/>
        <source>1 conflict to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="49"/>
        <source>%1 conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="61"/>
        <source>Sync status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="65"/>
        <source>Hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncStatusLabel.cpp" line="67"/>
        <source>Last attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SyncUi</name>
    <message>
        <location filename="../ui/sync/SyncUi.cpp" line="44"/>
        <source>Hub password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncUi.cpp" line="42"/>
        <source>saved in the system keychain once the hub accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncUi.cpp" line="43"/>
        <source>kept in memory until the program closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncUi.cpp" line="45"/>
        <source>Password for the hub %1
(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncUi.cpp" line="50"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncUi.cpp" line="52"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncUi.cpp" line="57"/>
        <source>Review &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncUi.cpp" line="60"/>
        <source>Sync &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncUi.cpp" line="100"/>
        <source>Syncing with the hub…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::SyncWorker</name>
    <message>
        <location filename="../ui/sync/SyncWorker.cpp" line="24"/>
        <source>Could not open the database for sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncWorker.cpp" line="42"/>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncWorker.cpp" line="48"/>
        <source>Synced: %1 sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncWorker.cpp" line="50"/>
        <source>, 1 new conflict to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sync/SyncWorker.cpp" line="51"/>
        <source>, %1 new conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::TaskDialog</name>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="30"/>
        <source>New task about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="31"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="34"/>
        <source>The task was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="35"/>
        <source>Why the task was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="36"/>
        <source>Task not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="36"/>
        <source>This task is not saved yet. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="45"/>
        <source>e.g. Call back about the housing referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="48"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="54"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="58"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="59"/>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="60"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="61"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="67"/>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="79"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="80"/>
        <source>no team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="82"/>
        <source>&amp;Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="98"/>
        <source>%1, support episode opened %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="103"/>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="104"/>
        <source>A&amp;bout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="113"/>
        <source>Enter saves, Esc cancels. Alt+Down opens the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="120"/>
        <source>&amp;Save task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="121"/>
        <source>Save task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="122"/>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskDialog.cpp" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::TaskListModel</name>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="30"/>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="32"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="33"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="60"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="62"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="64"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="66"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="68"/>
        <source>Done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="159"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="179"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="209"/>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="210"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="216"/>
        <source>not about a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="217"/>
        <source>%1 (%2, %3) — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/TaskListModel.cpp" line="218"/>
        <source>%1 (%2, %3) — due %4. Space marks it done; Enter opens the person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::TeamReviewModel</name>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="54"/>
        <source>Open episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="56"/>
        <source>Contacts this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="58"/>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="60"/>
        <source>Victims&apos; Code breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="62"/>
        <source>First contact due today or tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="64"/>
        <source>Unallocated referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="66"/>
        <source>Days since last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="68"/>
        <source>Closures awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="112"/>
        <source>%1: not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="113"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1, %2 {1:?}</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="118"/>
        <source>%1 of %2: %3. Enter or double-click lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="163"/>
        <source>Open
episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="165"/>
        <source>Contacts
this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="167"/>
        <source>Overdue
tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="169"/>
        <source>Code
breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="171"/>
        <source>Due today
or tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="173"/>
        <source>Unallocated
referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="175"/>
        <source>Days since
contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="177"/>
        <source>Closures to
approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="179"/>
        <source>Caseworker</source>
        <translation type="unfinished">Opiekun sprawy</translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="185"/>
        <source>Contacts logged Monday to Sunday this week (UK time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="187"/>
        <source>Victims&apos; Code first contact overdue or made late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="189"/>
        <source>Victims&apos; Code first contact due by the end of today or tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="191"/>
        <source>Referrals awaiting triage that nobody is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/TeamReviewModel.cpp" line="193"/>
        <source>The longest any open support episode has gone without contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::TeamsPage</name>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="24"/>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="26"/>
        <source>Teams of the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="27"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="27"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="27"/>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="27"/>
        <source>Open episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="28"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="28"/>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="30"/>
        <source>No teams yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="31"/>
        <source>Type the first team&apos;s name under Add or change a team and press Add team. Users and work are then given to teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="34"/>
        <source>An administrator adds the hub&apos;s teams here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="45"/>
        <source>&amp;Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="46"/>
        <source>&amp;Rename selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="47"/>
        <source>R&amp;etire selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="50"/>
        <source>Add or change a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="51"/>
        <source>Team &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="53"/>
        <source>Rename and Retire act on the team selected in the list. A retired team keeps its history and reports but is offered for no new user or work; move its open work and users to another team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="58"/>
        <source>Only an administrator can add, rename or retire teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="83"/>
        <source>Retired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="84"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="118"/>
        <source>Select a team in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="141"/>
        <source>The team was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="142"/>
        <source>Team %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="152"/>
        <source>The team was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="153"/>
        <source>Team renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="163"/>
        <source>The team was not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/TeamsPage.cpp" line="164"/>
        <source>Team %1 retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::TrendChart</name>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="25"/>
        <source>Trend over the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="47"/>
        <source>%1: %2 referrals, %3 people supported, first contact met %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="51"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="51"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="60"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="61"/>
        <source>Last 12 months: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="71"/>
        <source>Referrals received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="74"/>
        <source>People supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="80"/>
        <source>First contact met (%, right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="116"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reports/TrendChart.cpp" line="123"/>
        <source>Met %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::TriageDialog</name>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="35"/>
        <source>Triage the referral of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="40"/>
        <source>Unsaved triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="41"/>
        <source>The triage of %1&apos;s referral is not saved. Save it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="46"/>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="49"/>
        <source>%1 (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="56"/>
        <source>Assign to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="70"/>
        <location filename="../ui/referrals/TriageDialog.cpp" line="128"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="81"/>
        <source>&amp;Accept: support the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="82"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="83"/>
        <source>&amp;No contact after attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="105"/>
        <source>Open a new support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="98"/>
        <source>Join the episode opened %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="100"/>
        <source>no caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="104"/>
        <source>Open a second support episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="126"/>
        <source>Assigned &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="127"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="129"/>
        <source>Support &amp;episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="130"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="135"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="137"/>
        <source>Save the decision and the assignment (Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="174"/>
        <source>Received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="177"/>
        <source>crime reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="180"/>
        <source>enhanced entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="182"/>
        <source>no consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="194"/>
        <source>Safety-of-contact limits: read the person&apos;s record before contacting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="216"/>
        <source>Why it is declined, e.g. supported by another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="218"/>
        <source>The attempts made, e.g. three calls and a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="221"/>
        <source>Why a second open episode, e.g. a separate crime needing its own caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="223"/>
        <source>Why this decision, e.g. wants help with the court case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="247"/>
        <source>choose accept, decline or no contact, or assign the referral to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="249"/>
        <source>Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="256"/>
        <source>The assignment was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="260"/>
        <source>back in the unassigned queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="261"/>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="275"/>
        <source>The decision was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="276"/>
        <source>The referral is %1, but the decision was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="284"/>
        <source>accepted: a second support episode opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="285"/>
        <source>accepted: support episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="286"/>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="286"/>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="287"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="288"/>
        <source>closed as no contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/referrals/TriageDialog.cpp" line="290"/>
        <source>Referral of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::UnmergeDialog</name>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="27"/>
        <source>Undo a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="40"/>
        <source>Merge to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="43"/>
        <source>%1, merged on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="45"/>
        <source>&amp;Merge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="56"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="62"/>
        <source>&amp;Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="85"/>
        <source>a record no longer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="93"/>
        <source>Nothing has been merged into this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="104"/>
        <source>Undo the merge of %1 into %2?

Merged on %3 by %4. Reason: %5

%1 comes back as a record of its own with the details it had, %2 gets back the details it had before the merge, and every referral, support episode, contact and task moves back to the record it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/UnmergeDialog.cpp" line="109"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::UsersPage</name>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="37"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="39"/>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="41"/>
        <source>No password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="43"/>
        <location filename="../ui/admin/UsersPage.cpp" line="88"/>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="44"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="52"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="55"/>
        <source>Users of the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="56"/>
        <location filename="../ui/admin/UsersPage.cpp" line="75"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="56"/>
        <source>Name</source>
        <translation type="unfinished">Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="56"/>
        <location filename="../ui/admin/UsersPage.cpp" line="79"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="56"/>
        <location filename="../ui/admin/UsersPage.cpp" line="84"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="56"/>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="59"/>
        <source>&amp;Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="61"/>
        <location filename="../ui/admin/UsersPage.cpp" line="63"/>
        <source>New temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="66"/>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="76"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="85"/>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="90"/>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="92"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="94"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="95"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="96"/>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="97"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="98"/>
        <source>Temporary &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="99"/>
        <source>They choose their own password when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="192"/>
        <source>Added %1; they must change the temporary password when they sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="203"/>
        <source>Disabled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="216"/>
        <source>%1 has a new temporary password, to change at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::WelcomePage</name>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="102"/>
        <source>Welcome to Victims&apos; Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="104"/>
        <source>This workstation has no hub set up yet. Set up a new hub here, or join a hub that is already running on another workstation or server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="107"/>
        <source>Set up a ne&amp;w hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="110"/>
        <source>For the first workstation of a hub: you give the hub its name, create its administrator and its teams, and set its Victims&apos; Code deadlines and how long records are kept. It takes a few minutes; nothing is saved until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="114"/>
        <source>&amp;Join an existing hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auth/FirstRunPages.cpp" line="115"/>
        <source>For another workstation of a hub that is already set up: it receives the hub&apos;s teams, users and settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hub::ui::WorkloadChart</name>
    <message>
        <location filename="../ui/supervisor/WorkloadChart.cpp" line="19"/>
        <location filename="../ui/supervisor/WorkloadChart.cpp" line="23"/>
        <source>Workload per caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/WorkloadChart.cpp" line="61"/>
        <source>Open episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/WorkloadChart.cpp" line="63"/>
        <source>Overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/supervisor/WorkloadChart.cpp" line="78"/>
        <source>%1: %2 open episodes, %3 overdue tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hubctl</name>
    <message>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="23"/>
        <source>export needs the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="27"/>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="71"/>
        <location filename="../app/hubctl/AuditCommands.cpp" line="145"/>
        <location filename="../app/hubctl/BackupCommands.cpp" line="73"/>
        <location filename="../app/hubctl/BackupCommands.cpp" line="112"/>
        <location filename="../app/hubctl/BenchCommand.cpp" line="112"/>
        <location filename="../app/hubctl/DataCommands.cpp" line="35"/>
        <location filename="../app/hubctl/ReportCommands.cpp" line="89"/>
        <location filename="../app/hubctl/UserCommands.cpp" line="24"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="37"/>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="47"/>
        <location filename="../app/hubctl/DataCommands.cpp" line="129"/>
        <location filename="../app/hubctl/ReportCommands.cpp" line="156"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="49"/>
        <source>exported %1 to %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="67"/>
        <source>import needs the archive file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="75"/>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="47"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="87"/>
        <source>%1: nothing imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ArchiveCommands.cpp" line="90"/>
        <source>imported %1; updated %2; unchanged %3 (%4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="66"/>
        <source>audit trail broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="68"/>
        <source>audit trail intact: %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="84"/>
        <source>audit trail cut short or rewritten since the last sync: %1 (an administrator who knows why, for instance after restoring an older backup, runs hubctl audit reanchor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="111"/>
        <source>this desk has no hub: its audit trail has nothing to be re-anchored to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="116"/>
        <source>audit trail re-anchored: the hub %1 keeps this desk&apos;s old trail (%2, up to event %3) as it was sent; the next sync sends the trail here (%4 events) as %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="136"/>
        <source>audit needs &apos;verify&apos; or &apos;reanchor&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="148"/>
        <source>audit reanchor needs --reason TEXT (why the trail no longer reaches the hub&apos;s copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="50"/>
        <location filename="../app/hubctl/AuditCommands.cpp" line="81"/>
        <source>could not compare with the hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="90"/>
        <source>the hub %1 holds none of this desk&apos;s events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/AuditCommands.cpp" line="93"/>
        <source>it reaches the newest event the hub %1 holds from this desk (event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="23"/>
        <source>needs --passphrase-env VAR (the variable holding the passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="31"/>
        <source>environment variable %1 is not set or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="47"/>
        <source>--kdf-cost must be moderate, interactive or min, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="69"/>
        <source>backup needs the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="76"/>
        <location filename="../app/hubctl/ReportCommands.cpp" line="112"/>
        <source>no database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="85"/>
        <source>%1: no backup written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="87"/>
        <source>backed up %1 to %2 (%3 bytes, encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="108"/>
        <source>restore needs the backup file to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="120"/>
        <source>%1: nothing restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BackupCommands.cpp" line="122"/>
        <source>restored %1 from %2 (schema %3, audit trail intact: %4 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BenchCommand.cpp" line="116"/>
        <location filename="../app/hubctl/DataCommands.cpp" line="178"/>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="119"/>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="89"/>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="131"/>
        <location filename="../app/hubctl/SyncCommands.cpp" line="219"/>
        <location filename="../app/hubctl/TeamCommands.cpp" line="73"/>
        <location filename="../app/hubctl/UserCommands.cpp" line="157"/>
        <source>--format must be text or json, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BenchCommand.cpp" line="130"/>
        <source>--dataset must be S or L, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BenchCommand.cpp" line="136"/>
        <source>cannot make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BenchCommand.cpp" line="358"/>
        <source>the monthly report came out empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/BenchCommand.cpp" line="165"/>
        <source>dataset %1 (%2 people, %3 months, seed 1) on %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliArgs.cpp" line="13"/>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliArgs.cpp" line="49"/>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliAuth.cpp" line="59"/>
        <source>%1 is set but empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliAuth.cpp" line="65"/>
        <source>no password: set %1 or run hubctl on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliAuth.cpp" line="71"/>
        <source>no password was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliAuth.cpp" line="76"/>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliAuth.cpp" line="78"/>
        <source>the two passwords typed differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliAuth.cpp" line="91"/>
        <source>%1 needs --user NAME (the password from HUB_PASSWORD or a prompt): it reads or writes personal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliAuth.cpp" line="111"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/CliAuth.cpp" line="118"/>
        <source>%1 has a temporary password: first run &apos;hubctl user passwd %1&apos; with HUB_PASSWORD and HUB_NEW_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="51"/>
        <source>--user goes with --admin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="59"/>
        <source>database %1 is at schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="87"/>
        <source>--seed must be a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="97"/>
        <source>--until must be YYYY-MM-DD or &apos;today&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="131"/>
        <source>police referral file written: %1 (%2 rows, profile &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="145"/>
        <source>demo caseload written in %1 ms: %2 people, %3 referrals, %4 episodes, %5 onward referrals, %6 contacts, %7 tasks, %8 users in %9 teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="182"/>
        <source>search needs the text to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="226"/>
        <source>1 person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="227"/>
        <source>%1 people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="242"/>
        <source>settings takes no argument or &apos;set KEY VALUE&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="249"/>
        <source>settings set needs a KEY and a VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/DataCommands.cpp" line="300"/>
        <source>unknown setting &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="38"/>
        <source>%1 must be a month as YYYY-MM (e.g. 2026-10), not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="45"/>
        <source>give either --month or --from and --to, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="57"/>
        <source>a run of months needs both --from YYYY-MM and --to YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="59"/>
        <source>report monthly needs --month YYYY-MM (or --from YYYY-MM --to YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="70"/>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="76"/>
        <source>a report counts at most %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="98"/>
        <source>--as-of must be an RFC 3339 timestamp (e.g. 2026-11-05T09:00:00Z), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="106"/>
        <source>--format must be json, csv, pdf or xlsx, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="164"/>
        <source>cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="188"/>
        <source>report needs a kind: report monthly --month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReportCommands.cpp" line="192"/>
        <source>unknown report &apos;%1&apos; (there is: monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncBench.cpp" line="39"/>
        <source>the bench needs an empty hub database, and %1 already holds a hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncBench.cpp" line="139"/>
        <source>the hub is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncBench.cpp" line="169"/>
        <source>sync_incremental pushed %1 changes, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="23"/>
        <source>%1 needs --hub URL (postgresql://user@host:port/db or sqlite:///path/hub.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/KeychainCommand.cpp" line="19"/>
        <source>keychain needs: store|forget --hub URL --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/KeychainCommand.cpp" line="30"/>
        <source>a SQLite hub is a file on this computer and needs no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/KeychainCommand.cpp" line="43"/>
        <source>no password for %1 is kept in the system keychain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/KeychainCommand.cpp" line="52"/>
        <location filename="../app/hubctl/SyncCommands.cpp" line="55"/>
        <source>Hub password for %1@%2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/KeychainCommand.cpp" line="58"/>
        <source>the password for %1 is saved in the system keychain; sync and hub init use it when HUB_HUB_PASSWORD is unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="59"/>
        <source>%1; keychain: %2 (save one with hubctl keychain store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="119"/>
        <source>conflicts resolve needs ID and --keep hub|client|VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="129"/>
        <source>conflict %1 resolved; the next sync sends the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="147"/>
        <source>hub needs: init --hub URL, vacuum --hub URL, user add|remove|list, or enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="161"/>
        <source>hub %1 vacuumed: no erased value is left in its tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="163"/>
        <source>hub %1 is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="191"/>
        <source>pushed %1, pulled %2, new conflicts %3, erased %4, removed from scope %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="240"/>
        <source>hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/SyncCommands.cpp" line="241"/>
        <source>client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/hubctl/SyncCommands.cpp" line="243"/>
        <source>%n open conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="86"/>
        <source>1 user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="87"/>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="110"/>
        <source>%1 (run init --admin %2 --user ADMIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="125"/>
        <source>administrator %1 can now sign in; the password must be changed at the first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="128"/>
        <source>administrator %1 can now sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="140"/>
        <source>user needs one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="146"/>
        <source>user %1 needs a username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="160"/>
        <source>user add needs --role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="165"/>
        <source>user %1 needs --user ADMIN (its password in HUB_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="188"/>
        <source>password of %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="204"/>
        <source>user %1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="212"/>
        <source>--team: there is no team &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="224"/>
        <source>user %1 added; the password must be changed at the first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/UserCommands.cpp" line="232"/>
        <source>temporary password set for %1; it must be changed at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/main.cpp" line="177"/>
        <source>--db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/main.cpp" line="183"/>
        <source>unknown option &apos;%1&apos; (see hubctl --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/main.cpp" line="202"/>
        <source>no database at %1; create one with hubctl init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/main.cpp" line="233"/>
        <source>unknown command &apos;%1&apos; (see hubctl --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ImportBench.cpp" line="31"/>
        <source>cannot copy the dataset to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="79"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="83"/>
        <source> (score %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="90"/>
        <source>column &apos;%1&apos; (%2): %3; value &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="126"/>
        <source>usage: hubctl referrals import FILE --profile NAME [--accept-valid] [--dry-run] [--format text|json] --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/hubctl/ReferralCommands.cpp" line="169"/>
        <source>%1: %2, %3 delimited, %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="174"/>
        <source> (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="177"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="185"/>
        <source>imported: %1 referrals added (%2 new people), %3 already imported, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="188"/>
        <source>dry run, nothing written: %1 referrals would be added (%2 new people), %3 already imported, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="197"/>
        <source>rejected rows written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="217"/>
        <source>usage: hubctl referrals profile add FILE.json | list | export NAME --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="244"/>
        <source>profile &apos;%1&apos; saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="260"/>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/ReferralCommands.cpp" line="273"/>
        <source>usage: hubctl referrals import FILE --profile NAME ... | referrals profile add FILE.json|list|export NAME (see hubctl --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="40"/>
        <source>no desk logins yet: add one with hub user add LOGIN --for USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="47"/>
        <source>(all teams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="50"/>
        <source>cannot log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="65"/>
        <source>hub user needs: add LOGIN --for USERNAME, remove LOGIN, or list [--format text|json]; each with --hub URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="83"/>
        <source>hub user %1 needs the login&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="85"/>
        <source>hub user add needs --for USERNAME: the app user the login syncs for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="103"/>
        <source>desk login %1 removed: it can no longer log in, and nothing more is sent to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="119"/>
        <source>desk login %1 added for %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="122"/>
        <source>all teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="123"/>
        <source>team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/HubUserCommands.cpp" line="126"/>
        <source>its password, shown this once (give it to the desk, which keeps it with hubctl keychain store): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="61"/>
        <source>no enrolment codes yet: issue one with hub enrol USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="65"/>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="66"/>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="68"/>
        <source>desk login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="81"/>
        <source>no %1: set it or run hubctl on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="99"/>
        <source>hub enrol needs: USERNAME [--hours N], list [--format text|json], or revoke USERNAME; each with --hub URL --user ADMIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="117"/>
        <source>hub enrol revoke needs the user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="123"/>
        <source>--hours must be a number of hours, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="125"/>
        <source>no database at %1; hub enrol runs at the administrator&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="140"/>
        <source>the enrolment code of %1 is revoked: no desk can join with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="148"/>
        <source>enrolment code for %1, valid until %2 (UTC), shown this once; give it to %1 in person or by telephone, for hubctl desk join or the app&apos;s Join a hub page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="162"/>
        <source>desk needs: join --hub URL (user name and code from HUB_ENROL_USER and HUB_ENROL_CODE, the new password from HUB_NEW_PASSWORD, or prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="171"/>
        <source>desk join needs --hub URL (postgresql://host:port/db?sslmode=...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="182"/>
        <source>Your user name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="186"/>
        <source>Enrolment code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="190"/>
        <source>Choose your password on this desk: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/EnrolCommands.cpp" line="199"/>
        <source>this desk joined %1 for %2 and received %3 rows; it syncs as %4 (its password is in the system keychain): hubctl sync --hub %4 --user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="46"/>
        <source>%1 needs one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="67"/>
        <source>usage: hubctl %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="121"/>
        <source>retired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="123"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="125"/>
        <source>%1 open referrals, %2 open episodes, %3 open tasks, %4 active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="134"/>
        <source>1 team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="135"/>
        <source>%1 teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="174"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="175"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="178"/>
        <source>1 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="179"/>
        <source>%1 codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="205"/>
        <source>team %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="216"/>
        <source>team %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="224"/>
        <source>team %1 retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="250"/>
        <source>code %1 added to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="253"/>
        <source>code %1 of %2 is now labelled %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/hubctl/TeamCommands.cpp" line="256"/>
        <source>code %1 of %2 retired (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../core/sync/BenchSupport.cpp" line="57"/>
        <source>COPY needs a PostgreSQL hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
