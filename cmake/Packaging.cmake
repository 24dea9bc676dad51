# Installing and packaging (issue 15; README "Install the package").
#   cmake --install build [--prefix DIR]        the programs, menu entry, icons, metadata,
#                                              manual pages and translations under DIR
#   cmake --build build --target package        build/victimshub_<version>_amd64.deb
# scripts/package-check.sh checks the package: lintian, desktop-file-validate, appstreamcli,
# and an install into a clean Debian 12 root that runs the installed programs.
include(GNUInstallDirs)

set(HUB_PACKAGE_NAME victimshub)
# Debian wants the documentation folder named after the package, not after the project.
set(HUB_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/${HUB_PACKAGE_NAME})
set(HUB_PACKAGE_MAINTAINER "Victims' Hub maintainers <maintainers@victimshub.invalid>"
  CACHE STRING "The Maintainer field of the Debian package")

install(TARGETS victimshub hubctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The menu entry, its AppStream description and the icon in the hicolor theme: a scalable
# SVG and PNGs rendered from it (scripts/render-icons.sh; committed, so that building
# needs no SVG renderer).
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${HUB_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${HUB_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${HUB_APP_ID}.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
file(GLOB HUB_ICON_SIZES RELATIVE ${PROJECT_SOURCE_DIR}/resources/icons
  ${PROJECT_SOURCE_DIR}/resources/icons/[0-9]*x[0-9]*)
foreach(size ${HUB_ICON_SIZES})
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${size}/${HUB_APP_ID}.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}/apps)
endforeach()

# Manual pages and the changelog, compressed as Debian policy asks (gzip -9n: no name or
# time stamp inside, so the package is the same from one build to the next).
set(HUB_GZIPPED "")
function(hub_gzip source output)
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
    COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${source} ${output}
    DEPENDS ${source}
    VERBATIM)
  set(HUB_GZIPPED ${HUB_GZIPPED} ${output} PARENT_SCOPE)
endfunction()
foreach(page victimshub.1 hubctl.1)
  hub_gzip(${PROJECT_SOURCE_DIR}/docs/man/${page} ${CMAKE_BINARY_DIR}/packaging/${page}.gz)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
hub_gzip(${PROJECT_SOURCE_DIR}/resources/debian/changelog ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_target(packaging_files ALL DEPENDS ${HUB_GZIPPED})
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz
  ${PROJECT_SOURCE_DIR}/resources/debian/copyright DESTINATION ${HUB_DOC_DIR})

# The Debian package. Depends: what dpkg-shlibdeps finds the programs linked against (Qt,
# libsodium, libpq, QtKeychain, libphonenumber, libxlsxwriter...), plus the plugins Qt loads
# at run time, which no linker sees: the SQLite driver (every database) and the PostgreSQL
# driver (a PostgreSQL hub). The platform plugins (xcb, wayland through qt6-wayland,
# offscreen for --screenshot and headless hubctl report --format pdf) are in libqt6gui6,
# which shlibdeps finds.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${HUB_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Victims' Hub")
set(CPACK_PACKAGE_CONTACT "${HUB_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "case management for a hub that supports victims of crime")
# One quoted argument (a list would lose the semicolons); cpack indents it for the control file.
set(CPACK_PACKAGE_DESCRIPTION "Victims' Hub is the desktop application of a county hub that supports victims
of crime after the police refer them or they refer themselves: caseworkers log
every contact, assess needs and refer victims on; supervisors review caseloads
and approve closures; every month the hub reports its support counts.

Each workstation keeps its records in a local SQLite database and syncs with
the hub's PostgreSQL database. Every user signs in and sees only what their
role and team allow, and an audit trail records who opened and changed what.

This package holds the desktop app, victimshub, and the command line, hubctl.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # victimshub_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HUB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
# Wayland sessions (otherwise Qt falls back to XWayland), Qt's own dialog texts in the user's
# language, and the Secret Service (libsecret, gnome-keyring) that keeps hub passwords.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Folders 0755 whatever the umask of the build.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# gzip: xz makes the package a fifth smaller but takes about 25 s longer on two cores.
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip)
include(CPack)
