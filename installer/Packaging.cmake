# SPDX-License-Identifier: Apache-2.0
# Installation layout and CPack packages from the one CMake tree: .deb (Linux, built and tested here),
# NSIS installer (Windows, with windeployqt) and a DragNDrop DMG (macOS, with macdeployqt).
include(GNUInstallDirs)

set(GLOWS_APP_ID "io.github.glowsdesktop.GlowsDesktop")
set(GLOWS_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/glows-desktop)

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/glows-desktop.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications RENAME ${GLOWS_APP_ID}.desktop)
    install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/${GLOWS_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/glows-desktop.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${GLOWS_APP_ID}.svg)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/glows-desktop-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${GLOWS_APP_ID}.png)
    endforeach()
    install(FILES ${CMAKE_SOURCE_DIR}/installer/linux/copyright
            DESTINATION ${GLOWS_DOC_DIR})
    # lintian wants the Debian changelog compressed with maximum compression and no timestamp.
    set(GLOWS_CHANGELOG_GZ ${CMAKE_BINARY_DIR}/changelog.Debian.gz)
    add_custom_command(OUTPUT ${GLOWS_CHANGELOG_GZ}
        COMMAND gzip -9 -n -c ${CMAKE_SOURCE_DIR}/installer/linux/changelog.Debian > ${GLOWS_CHANGELOG_GZ}
        DEPENDS ${CMAKE_SOURCE_DIR}/installer/linux/changelog.Debian VERBATIM)
    set(GLOWS_MANPAGES)
    foreach(page glows-desktop glows-sandbox glows-cli)
        set(gz ${CMAKE_BINARY_DIR}/${page}.1.gz)
        add_custom_command(OUTPUT ${gz}
            COMMAND gzip -9 -n -c ${CMAKE_SOURCE_DIR}/installer/linux/${page}.1 > ${gz}
            DEPENDS ${CMAKE_SOURCE_DIR}/installer/linux/${page}.1 VERBATIM)
        list(APPEND GLOWS_MANPAGES ${gz})
    endforeach()
    add_custom_target(glows_package_docs ALL DEPENDS ${GLOWS_CHANGELOG_GZ} ${GLOWS_MANPAGES})
    install(FILES ${GLOWS_CHANGELOG_GZ} DESTINATION ${GLOWS_DOC_DIR})
    install(FILES ${GLOWS_MANPAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # Written at build time by glows-cli from its command table (app/cli/CMakeLists.txt).
    install(FILES ${CMAKE_BINARY_DIR}/completions/glows-cli
            DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
    install(FILES ${CMAKE_BINARY_DIR}/completions/_glows-cli
            DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
endif()

set(CPACK_PACKAGE_NAME "glows-desktop")
set(CPACK_PACKAGE_VENDOR "The Glows Desktop developers")
set(CPACK_PACKAGE_CONTACT "The Glows Desktop developers <maintainers@glows-desktop.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Native desktop console for Glows.ai GPU instances")
set(CPACK_PACKAGE_DESCRIPTION "Glows Desktop shows your Glows.ai GPU instances with their live cost,
SSH and JupyterLab access, snapshots and release. It works offline on
a built-in simulated cloud (the sandbox).")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Glows Desktop")
set(CPACK_PACKAGE_EXECUTABLES "glows-desktop;Glows Desktop")
set(CPACK_STRIP_FILES ON)

# Debian
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QtKeychain loads libsecret with dlopen, so shlibdeps cannot see it.
# The SQLite driver plugin (the sandbox keeps its state in SQLite) is loaded at run time as well.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, libssh-4")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring, fonts-noto-cjk | fonts-ipafont-gothic, fonts-noto-color-emoji, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# Windows: NSIS; run windeployqt on the installed tree first (see installer/README.md).
set(CPACK_NSIS_DISPLAY_NAME "Glows Desktop")
set(CPACK_NSIS_PACKAGE_NAME "Glows Desktop")
set(CPACK_NSIS_MUI_ICON ${CMAKE_SOURCE_DIR}/installer/windows/glows-desktop.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\glows-desktop.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Glows Desktop.lnk' '$INSTDIR\\\\bin\\\\glows-desktop.exe'")

# macOS: DragNDrop DMG of the bundle; macdeployqt runs on the bundle first (installer/README.md).
set(CPACK_DMG_VOLUME_NAME "Glows Desktop")
set(CPACK_DMG_FORMAT "UDZO")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set_target_properties(glows-desktop PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_SOURCE_DIR}/installer/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${GLOWS_APP_ID}
        MACOSX_BUNDLE_BUNDLE_NAME "Glows Desktop"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE glows-desktop.icns)
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
