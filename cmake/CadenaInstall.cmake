# What `cmake --install` gives a plugin author besides the CLI and the plugins:
# the SDK headers (only those a plugin includes: the ABI, the C++ SDK and its
# header-only data helpers; the host's headers are not a public API), the
# exported Cadena::sdk target, and find_package(Cadena) with cadena_add_plugin().
include(CMakePackageConfigHelpers)

set(CADENA_CMAKE_DIR "lib/cmake/Cadena")
install(FILES
  core/include/cadena/abi.h
  core/include/cadena/sdk.hpp
  core/include/cadena/data.hpp
  core/include/cadena/languages.hpp
  core/include/cadena/sdk_options.hpp
  core/include/cadena/sdk_spans.hpp
  core/include/cadena/sdk_utf8.hpp
  core/include/cadena/stage_test.hpp
  DESTINATION include/cadena COMPONENT sdk)

set_target_properties(cadena_sdk PROPERTIES EXPORT_NAME sdk)
install(TARGETS cadena_sdk EXPORT CadenaTargets COMPONENT sdk)
install(EXPORT CadenaTargets NAMESPACE Cadena:: DESTINATION ${CADENA_CMAKE_DIR} COMPONENT sdk)

# The package version is the plugin ABI's: a 1.x Cadena loads plugins built
# against any 1.y SDK with y <= x (docs/plugins.md, "Versions").
file(STRINGS core/include/cadena/abi.h abi_lines REGEX "#define CADENA_ABI_(MAJOR|MINOR) ")
string(REGEX REPLACE ".*CADENA_ABI_MAJOR ([0-9]+).*" "\\1" CADENA_ABI_MAJOR "${abi_lines}")
string(REGEX REPLACE ".*CADENA_ABI_MINOR ([0-9]+).*" "\\1" CADENA_ABI_MINOR "${abi_lines}")
if(NOT "${CADENA_ABI_MAJOR}.${CADENA_ABI_MINOR}" VERSION_EQUAL "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}")
  message(FATAL_ERROR "project version ${PROJECT_VERSION} does not match plugin ABI "
                      "${CADENA_ABI_MAJOR}.${CADENA_ABI_MINOR} (core/include/cadena/abi.h)")
endif()
configure_package_config_file(cmake/sdk/CadenaConfig.cmake.in
  "${CMAKE_BINARY_DIR}/cadena-package/CadenaConfig.cmake" INSTALL_DESTINATION ${CADENA_CMAKE_DIR})
write_basic_package_version_file("${CMAKE_BINARY_DIR}/cadena-package/CadenaConfigVersion.cmake"
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES
  "${CMAKE_BINARY_DIR}/cadena-package/CadenaConfig.cmake"
  "${CMAKE_BINARY_DIR}/cadena-package/CadenaConfigVersion.cmake"
  cmake/sdk/CadenaAddPlugin.cmake
  cmake/sdk/CadenaPluginModule.cmake
  cmake/sdk/CadenaPackData.cmake
  DESTINATION ${CADENA_CMAKE_DIR} COMPONENT sdk)
