; Inno Setup 6.3+ script: the Switchboard installer for Windows.
;
;   python packaging\build.py --installer      (builds the bundle, then runs ISCC with the defines)
;   ISCC /DAppVersion=0.1.0 /DBundleDir=dist\switchboard /Odist packaging\windows\switchboard.iss
;
; AppVersion comes from pyproject.toml through packaging/build.py; nothing here repeats it.
; Installs per user by default (no administrator needed; business PCs are often locked
; down), or for all users when the installer is run as administrator.

#ifndef AppVersion
  #error Pass the version: /DAppVersion=X.Y.Z (packaging/build.py --installer does this from pyproject.toml)
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\switchboard"
#endif

#define AppName "Switchboard"
#define AppExe "switchboard.exe"

[Setup]
; The AppId identifies the product for upgrades and the uninstaller: never change it.
AppId={{6F3B9C52-4E1A-4C1B-9E2F-7A5D3C8B1E20}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Switchboard
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Switchboard-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\switchboard.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app may be running during an upgrade or uninstall: ask to close it.
CloseApplications=yes
#ifdef Sign
; packaging/build.py passes the signtool command (/Ssigntool=...) when a certificate is set.
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (sandbox)"; Filename: "{app}\{#AppExe}"; Parameters: "--sandbox"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; switchboard:// links (password reset and invitation mails) open the app. HKA is the current
; user's classes in a per-user install (no administrator needed) and the machine's otherwise;
; the running instance receives the link from the launch this starts (desktop/single_instance.py).
Root: HKA; Subkey: "Software\Classes\switchboard"; ValueType: string; ValueName: ""; ValueData: "URL:Switchboard link"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\switchboard"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\switchboard\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\switchboard\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put there. The user's data (sandbox database, settings) stays in
; %LOCALAPPDATA%\switchboard and the keyring, like any program's documents.
Type: filesandordirs; Name: "{app}\_internal"
