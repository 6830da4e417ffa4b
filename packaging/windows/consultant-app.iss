; Windows installer of the consultant application (Inno Setup 6).
;   iscc /DAppVersion=0.1.0 packaging\windows\consultant-app.iss
; takes the one-folder bundle dist\consultant-app\ (make package, or pyinstaller on Windows)
; and writes dist\consultant-app-<version>-windows-setup.exe.
;
; Per user, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\Consultant App ({autopf} for a user), with a Start-menu entry and an uninstaller.
; The user's data (database, backups, preferences; %LOCALAPPDATA%\mediastages\consultant-app)
; and the keyring entry are never inside that folder: installing a newer version over an
; older one, or uninstalling, leaves them where they are.
; Silent install: setup.exe /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Consultant App"
#define Bundle "..\..\dist\consultant-app"

[Setup]
; The same AppId for every version: a newer version installs over the older one.
AppId={{6C1A4E7B-3F52-4D8E-9A0B-5E2D71C4F9A3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Media internships programme (mediastages)
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=consultant-app-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\consultant-app.ico
UninstallDisplayIcon={app}\consultant-app.exe
LicenseFile=..\..\resources\licences\LICENCES.txt
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running window before files are replaced.
CloseApplications=yes
ChangesAssociations=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "dbassociation"; Description: "Open .db files (databases and backups) with {#AppName}"; GroupDescription: "File associations:"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Libraries of an older version that the new one no longer has go before the new files come.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\consultant-app.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\consultant-app.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Software\Classes\.db\OpenWithProgids"; ValueType: string; ValueName: "ConsultantApp.Database"; ValueData: ""; Flags: uninsdeletevalue; Tasks: dbassociation
Root: HKCU; Subkey: "Software\Classes\ConsultantApp.Database"; ValueType: string; ValueName: ""; ValueData: "{#AppName} database"; Flags: uninsdeletekey; Tasks: dbassociation
Root: HKCU; Subkey: "Software\Classes\ConsultantApp.Database\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\consultant-app.exe,0"; Tasks: dbassociation
Root: HKCU; Subkey: "Software\Classes\ConsultantApp.Database\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\consultant-app.exe"" --db ""%1"""; Tasks: dbassociation

[Run]
Filename: "{app}\consultant-app.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
