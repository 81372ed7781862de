; Inno Setup 6 script: installs dist\factsheet\ (built by packaging/build.sh on Windows).
; Build: ISCC.exe /DAppVersion=0.1.0 packaging\windows\factsheet.iss
; Writes dist\factsheet-<version>-windows-setup.exe.
;
; Windows knows a file's type by its last extension only, so x.incident.yaml is a .yaml
; file here. The installer adds Factsheet to "Open with" for .yaml/.yml and, as a task
; the user can untick, makes it the program for .yaml files that no other program claimed.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C0E2A57-3B1F-4F2B-9C55-6E2D3F7A9B10}
AppName=Factsheet
AppVersion={#AppVersion}
AppVerName=Factsheet {#AppVersion}
AppPublisher=Factsheet engineers
DefaultDirName={autopf}\Factsheet
DefaultGroupName=Factsheet
DisableProgramGroupPage=yes
; Field laptops rarely grant administrator rights: install for the user unless they choose
; all users in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\..\resources\icons\factsheet.ico
UninstallDisplayIcon={app}\factsheet.exe
OutputDir=..\..\dist
OutputBaseFilename=factsheet-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "yamldefault"; Description: "Open .yaml files (incident files) with Factsheet by double-click"; GroupDescription: "File types:"
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\factsheet\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Factsheet"; Filename: "{app}\factsheet.exe"
Name: "{autodesktop}\Factsheet"; Filename: "{app}\factsheet.exe"; Tasks: desktopicon

[Registry]
; The document type: name, icon, and how to open one.
Root: HKA; Subkey: "Software\Classes\Factsheet.Incident"; ValueType: string; ValueName: ""; ValueData: "Factsheet incident"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Factsheet.Incident\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\factsheet.exe,0"
Root: HKA; Subkey: "Software\Classes\Factsheet.Incident\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\factsheet.exe"" ""%1"""
; Offered in "Open with" for YAML files.
Root: HKA; Subkey: "Software\Classes\.yaml\OpenWithProgids"; ValueType: string; ValueName: "Factsheet.Incident"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.yml\OpenWithProgids"; ValueType: string; ValueName: "Factsheet.Incident"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\factsheet.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Factsheet"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\factsheet.exe\SupportedTypes"; ValueType: string; ValueName: ".yaml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\factsheet.exe\SupportedTypes"; ValueType: string; ValueName: ".yml"; ValueData: ""
; The default for .yaml, unless the user has picked another program (Windows keeps that choice).
Root: HKA; Subkey: "Software\Classes\.yaml"; ValueType: string; ValueName: ""; ValueData: "Factsheet.Incident"; Flags: uninsdeletevalue; Tasks: yamldefault

[Run]
Filename: "{app}\factsheet.exe"; Description: "{cm:LaunchProgram,Factsheet}"; Flags: nowait postinstall skipifsilent
