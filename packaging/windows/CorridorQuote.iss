; Inno Setup script: per-user install (no administrator rights), Start-menu entry, uninstaller.
; Built by the Windows workflow after PyInstaller:  iscc /DAppVersion=0.1.0 packaging\windows\CorridorQuote.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E1B7A52-4C1D-4B5E-9D3A-7C2F0B9E4A11}
AppName=Corridor Quote
AppVersion={#AppVersion}
AppPublisher=Corridor Quote
DefaultDirName={localappdata}\Programs\Corridor Quote
DefaultGroupName=Corridor Quote
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=CorridorQuote-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\corridor-quote.ico
UninstallDisplayIcon={app}\CorridorQuote.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\CorridorQuote\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Corridor Quote"; Filename: "{app}\CorridorQuote.exe"
Name: "{group}\Corridor Quote (troubleshooting console)"; Filename: "{app}\CorridorQuote-console.exe"; Parameters: "--self-test"
Name: "{group}\{cm:UninstallProgram,Corridor Quote}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\Corridor Quote"; Filename: "{app}\CorridorQuote.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CorridorQuote.exe"; Description: "{cm:LaunchProgram,Corridor Quote}"; Flags: nowait postinstall skipifsilent
