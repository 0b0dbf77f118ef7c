# cadena_add_plugin(NAME SOURCES src... [DATA dir] [LIBRARIES lib...])
#
# The installed SDK's way to build a stage plugin (find_package(Cadena) includes
# it). NAME must be the id given to CADENA_PLUGIN() in the sources. Natively
# the plugin is <build>/plugins/libcadena_<NAME>.so, its DATA folder copied to
# <build>/plugins/<NAME>/, so that `cadena run --plugin-path <build>/plugins`
# finds both; with Emscripten it is the side module <build>/plugins/<NAME>.wasm
# with the data packed in. `cmake --install` puts either under
# <prefix>/lib/cadena/plugins. See docs/plugins.md.
include("${CMAKE_CURRENT_LIST_DIR}/CadenaPluginModule.cmake")

function(cadena_add_plugin NAME)
  cmake_parse_arguments(P "" "DATA" "SOURCES;LIBRARIES" ${ARGN})
  if(NOT P_SOURCES)
    message(FATAL_ERROR "cadena_add_plugin(${NAME}): no SOURCES given")
  endif()
  cadena_plugin_module(cadena_${NAME} NAME ${NAME} OUTPUT_DIR "${CMAKE_BINARY_DIR}/plugins"
    SOURCES ${P_SOURCES} DATA ${P_DATA} LIBRARIES ${P_LIBRARIES})
endfunction()
