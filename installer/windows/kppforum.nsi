; kppforum Windows installer (NSIS 3, Modern UI 2), wrapping a PyInstaller bundle built ON
; WINDOWS (PyInstaller cannot cross-build: run installer\build.sh's PyInstaller step, or
; `pyinstaller --noconfirm installer\kppforum.spec`, on a Windows machine first).
;
;   makensis /DVERSION=0.1.0 /DBUNDLE_DIR=C:\path\to\dist\kppforum installer\windows\kppforum.nsi
; (makensis works in this folder: a relative BUNDLE_DIR or OUTFILE is taken from here.)
;
; Per-user install without administrator rights: %LOCALAPPDATA%\Programs\kppforum, a Start-menu
; folder, an entry in "Apps & features" (HKCU) and an uninstaller. Installer pages in Thai and
; English (the language is asked first; Thai is the default). Forum files and settings live in
; the user's data folder (%LOCALAPPDATA%\kppforum), which the uninstaller leaves alone.
;
; CI compiles this script over the Linux bundle folder (same layout, kppforum instead of
; kppforum.exe) only to prove that it compiles: see tests/test_installer.py.

Unicode true
SetCompressor /SOLID lzma
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "../../dist/kppforum"
!endif
!ifndef OUTFILE
  !define OUTFILE "kppforum-${VERSION}-setup.exe"
!endif
!define APP_NAME "kppforum"
!define APP_EXE "kppforum.exe"
!define APP_KEY "Software\kppforum"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\kppforum"
!define ICON_FILE "../../resources/icons/kppforum.ico"

!include "MUI2.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\kppforum"
InstallDirRegKey HKCU "${APP_KEY}" "InstallDir"
BrandingText "kppforum ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "kppforum"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "kppforum installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default.
!insertmacro MUI_LANGUAGE "Thai"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString START_MENU_NAME ${LANG_THAI} "kppforum ประชาคมท้องถิ่น"
LangString START_MENU_NAME ${LANG_ENGLISH} "kppforum"
LangString UNINSTALL_NAME ${LANG_THAI} "ถอนการติดตั้ง kppforum"
LangString UNINSTALL_NAME ${LANG_ENGLISH} "Uninstall kppforum"
LangString SECTION_NAME ${LANG_THAI} "โปรแกรม kppforum"
LangString SECTION_NAME ${LANG_ENGLISH} "kppforum program"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SECTION_NAME)" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the whole program folder (never the user's data, kept elsewhere).
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}/*"
  File "/oname=kppforum.ico" "${ICON_FILE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\kppforum"
  CreateShortcut "$SMPROGRAMS\kppforum\$(START_MENU_NAME).lnk" "$INSTDIR\${APP_EXE}" "" \
    "$INSTDIR\kppforum.ico"
  CreateShortcut "$SMPROGRAMS\kppforum\$(UNINSTALL_NAME).lnk" "$INSTDIR\uninstall.exe"

  WriteRegStr HKCU "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "kppforum"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "kppforum"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\kppforum.ico"
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
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\kppforum.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\kppforum\*.lnk"
  RMDir "$SMPROGRAMS\kppforum"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${APP_KEY}"
SectionEnd
