; Code Safety's Windows setup, for NSIS 3 (`make package-windows-setup`).
;
; It installs for the person running it, with no administrator rights:
;   - the program in %LOCALAPPDATA%\Programs\Code Safety (codesafety.exe and
;     uninstall.exe);
;   - "Code Safety" in the Start menu;
;   - an entry in Settings > Apps (HKCU ...\Uninstall\org.codesafety.app)
;     with the name, version, icon and publisher, to remove it.
; Its pages: welcome (what it does, that it needs no administrator, and
; that Code Safety works offline), installing, and a last page that starts
; Code Safety.
; It speaks the language of Windows when it is one of ours (languages.nsh,
; made from translations/ by .ci/setup), else English.
;
; The uninstaller removes the program and the shortcut, and asks whether to
; keep the saved progress (%APPDATA%\fyne\org.codesafety.app): Yes, keep, is
; the default. If Code Safety is open, it asks for it to be closed first.
;
; For administrators: `setup.exe /S` installs silently (/D=FOLDER, last, to
; choose the folder); `uninstall.exe /S` removes it silently and keeps the
; saved progress, `uninstall.exe /S /DELETEPROGRESS` deletes it too.
;
; make passes: VERSION (1.0.0), VERSION4 (1.0.0.1: with the build number),
; EXE (the app), OUT (the setup to write), GEN (the folder .ci/setup wrote).

Unicode true
Target amd64-unicode   ; 64-bit, as the app; also what wine 10 runs
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!define ID "org.codesafety.app"
!define NAME "Code Safety"
!define PUBLISHER "The Code Safety developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${ID}"
!define DATA "$APPDATA\fyne\${ID}"

Name "${NAME}"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText " "
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${NAME} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "The Code Safety authors (BSD-3-Clause)"

!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh

!define MUI_ICON "${GEN}\icon.ico"
!define MUI_UNICON "${GEN}\icon.ico"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${GEN}\side.bmp"
!define MUI_WELCOMEPAGE_TEXT "$(WELCOME)"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\codesafety.exe"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!include "${GEN}\languages.nsh"

; The setup speaks the language of Windows (NSIS picks it from the user's
; language when no language dialog is shown).

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=codesafety.exe" "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\codesafety.exe" "" "$INSTDIR\codesafety.exe" 0 \
    SW_SHOWNORMAL "" "${NAME}"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\codesafety.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "URLInfoAbout" "https://codesafety.org"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current

  ; The program cannot be removed while it runs: ask for it to be closed
  ; (a silent uninstall gives up, with exit code 2).
  retry:
  ClearErrors
  Delete "$INSTDIR\codesafety.exe"
  ${If} ${FileExists} "$INSTDIR\codesafety.exe"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CLOSE_APP)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 2
    Abort
  ${EndIf}

  Delete "$SMPROGRAMS\${NAME}.lnk"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ; The saved progress: kept unless the person says No (or an administrator
  ; passes /DELETEPROGRESS).
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DELETEPROGRESS" $1
  ${IfNot} ${Errors}
    Goto delete
  ${EndIf}
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON1 "$(KEEP_PROGRESS)" /SD IDYES IDYES done
  delete:
  RMDir /r "${DATA}"
  RMDir "$APPDATA\fyne"
  done:
SectionEnd
