; Inno Setup script of the Windows installer, compiled by .github/workflows/release.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\regio-desktop.iss
; It installs the PyInstaller bundle (build\bundle\regio-desktop) under Program Files (or the
; user's own programs folder, when they choose an install for themselves only), adds Start-menu
; entries and an uninstaller. The user's profile lives in %APPDATA%\Regio Desktop, outside the
; install folder: upgrading or uninstalling never touches it.
; Not yet run: this machine has no Windows (see the README).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{378B7210-1B57-469C-AE1E-942A0E06CF79}
AppName=Regio Desktop
AppVersion={#AppVersion}
AppVerName=Regio Desktop {#AppVersion}
AppPublisher=Regio Desktop project
DefaultDirName={autopf}\Regio Desktop
DefaultGroupName=Regio Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=regio-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\regio-desktop.ico
UninstallDisplayIcon={app}\regio-desktop.exe
UninstallDisplayName=Regio Desktop {#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; a newer version replaces the older one's files.
Source: "..\..\build\bundle\regio-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version that the newer one no longer ships (a stale library would load).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\Regio Desktop"; Filename: "{app}\regio-desktop.exe"; Comment: "Explore scenarios of Eurasian regionalism"
Name: "{group}\{cm:UninstallProgram,Regio Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Regio Desktop"; Filename: "{app}\regio-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\regio-desktop.exe"; Description: "{cm:LaunchProgram,Regio Desktop}"; Flags: nowait postinstall skipifsilent
