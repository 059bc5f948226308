# The Debian package: `cmake --build build --target package` makes build/hiernet-studio_VERSION_ARCH.deb with
# hiernet-studio and hiernet, the desktop file, the AppStream metainfo, the icons, the manual page, the bash
# completion, the shipped data files and the README (the translations are compiled into the programs).
# Depends are computed from the binaries (dpkg-shlibdeps: Qt, QCustomPlot, LibTorch, zlib, libcurl, libarchive, OpenSSL) plus the data package.
set(CMAKE_INSTALL_DOCDIR share/doc/hiernet-studio)
include(GNUInstallDirs)
install(FILES "${PROJECT_SOURCE_DIR}/resources/data/cifar100_semantic_hierarchy.json"
              "${PROJECT_SOURCE_DIR}/resources/data/cifar100_val_test_split.json"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/hiernet-studio/data")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/packaging/copyright" DESTINATION "${CMAKE_INSTALL_DOCDIR}")

# Debian wants manual pages and the changelog compressed (gzip -9n: no name or time, reproducible).
set(HIERNET_GZIPPED)
foreach(source IN ITEMS "${PROJECT_BINARY_DIR}/app/hiernet.1" "${PROJECT_SOURCE_DIR}/packaging/hiernet-studio.1"
                        "${PROJECT_SOURCE_DIR}/packaging/changelog")
  get_filename_component(name "${source}" NAME)
  add_custom_command(OUTPUT "${PROJECT_BINARY_DIR}/packaging/${name}.gz"
                     COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/packaging"
                     COMMAND gzip -9n -c "${source}" > "${PROJECT_BINARY_DIR}/packaging/${name}.gz"
                     DEPENDS "${source}" hiernet_manual)
  list(APPEND HIERNET_GZIPPED "${PROJECT_BINARY_DIR}/packaging/${name}.gz")
endforeach()
add_custom_target(hiernet_gzipped_docs ALL DEPENDS ${HIERNET_GZIPPED})
install(FILES "${PROJECT_BINARY_DIR}/packaging/hiernet.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${PROJECT_BINARY_DIR}/packaging/changelog.gz" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
if(HIERNET_BUILD_GUI)
  install(FILES "${PROJECT_BINARY_DIR}/packaging/hiernet-studio.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hiernet-studio)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "HierNet Studio developers <hiernet-studio@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "studio and command line for hierarchical CNNs (HierNet)")
set(CPACK_PACKAGE_DESCRIPTION "HierNet Studio trains a backbone CNN, shows its confusion probability matrix,
groups similar classes into a tree and trains a HierNet whose branches follow
that tree; it shows each test image's route with every node's probabilities
and Grad-CAM maps, and writes reports. hiernet is its command line.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/hiernet/hiernet-studio")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Fashion-MNIST is the embedded default dataset; the manual page's reader and bash completion are recommended.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "dataset-fashion-mnist")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bash-completion, man-db, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)
