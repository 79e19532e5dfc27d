; Inno Setup script: the Windows installer of OCO Desktop, for one user, without administrator
; rights. Build the frozen folder first (`make dist` on Windows), then compile, from the
; repository's root:
;
;     iscc build\oco-desktop.iss
;
; The installer is written to dist\oco-desktop-<version>-setup.exe. Its version is read from
; the version information of dist\oco-desktop\oco-desktop.exe (build/version_info.txt, made from
; oco_desktop.__version__); give /DAppVersion=x.y.z to override it.
;
; It installs into %LOCALAPPDATA%\Programs\OCO Desktop. The data is not there: it lives in
; %LOCALAPPDATA%\OCO\OCO Desktop, so installing a newer version over an older one replaces the
; program only, and the app backs the data file up before it migrates it on the next start.
; Uninstalling removes the program and leaves the data (see docs/INSTALL.md).

#define AppName "OCO Desktop"
#define AppExe "oco-desktop.exe"
#define AppCliExe "oco-desktop-cli.exe"
#define FrozenDir "..\dist\oco-desktop"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(SourcePath) + FrozenDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "No version: build dist\oco-desktop first (make dist), or pass /DAppVersion=x.y.z"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller to this product: never change it.
AppId={{6C1D3F0A-4B7E-4E8B-9C55-0C0D5E7A1F42}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Oceania Customs Organisation
AppCopyright=Oceania Customs Organisation
VersionInfoVersion={#AppVersion}
; Per-user install: no administrator rights, no UAC prompt, nothing written outside the profile.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=oco-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=oco-desktop-{#AppVersion}-setup
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
; An open OCO Desktop is closed before its files are replaced (and restarted afterwards).
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous version's program files, so no library of an older
; build lingers beside the new one. The data folder is elsewhere and is not touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#FrozenDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\docs\INSTALL.md"; DestDir: "{app}"; DestName: "INSTALL.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// After the files are in place, the installed program checks itself on temporary data (no
// window; the user's data is not touched). A failure is shown, with how to see which check.
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := 'Checking the installation...';
    if not Exec(ExpandConstant('{app}\{#AppCliExe}'), '--self-test', ExpandConstant('{app}'),
                SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      SuppressibleMsgBox('{#AppName} was installed, but its self-test failed (exit code ' +
        IntToStr(ResultCode) + '). Open a command prompt in ' + ExpandConstant('{app}') +
        ' and run "oco-desktop-cli --self-test" to see which check fails, then send that ' +
        'output to the OCO Secretariat.', mbError, MB_OK, IDOK);
  end;
end;
