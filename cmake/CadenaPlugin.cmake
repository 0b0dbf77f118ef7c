# cadena_add_plugin(NAME SOURCES src... [DATA dir] [LIBRARIES lib...])
#
# Builds one first-party stage plugin from the same sources both ways:
#  - natively (not with CADENA_STATIC_PLUGINS) as a MODULE library
#    lib/cadena/plugins/libcadena_<NAME>.so with hidden visibility, its data
#    folder copied to lib/cadena/plugins/<NAME>/ (sdk/CadenaPluginModule.cmake,
#    the same rules the installed SDK gives third parties);
#  - always as a static library cadena_<NAME>_static compiled with
#    CADENA_STATIC_PLUGIN, recorded for the generated registration table
#    (cmake/StaticPlugins.cmake): the WebAssembly build links only these, and
#    native tests check that both ways give the same results.
# NAME must be the id given to CADENA_PLUGIN() in the sources.
include("${CMAKE_CURRENT_LIST_DIR}/sdk/CadenaPluginModule.cmake")

function(cadena_add_plugin NAME)
  cmake_parse_arguments(P "" "DATA" "SOURCES;LIBRARIES" ${ARGN})
  add_library(cadena_${NAME}_static STATIC ${P_SOURCES})
  target_compile_definitions(cadena_${NAME}_static PRIVATE CADENA_STATIC_PLUGIN)
  target_link_libraries(cadena_${NAME}_static PUBLIC Cadena::sdk ${P_LIBRARIES})
  set_property(GLOBAL APPEND PROPERTY CADENA_STATIC_PLUGIN_NAMES ${NAME})

  set(target cadena_${NAME})
  set(plugin_dir "${CMAKE_BINARY_DIR}/${CADENA_PLUGIN_DIR}")
  if(NOT CADENA_STATIC_PLUGINS)
    cadena_plugin_module(${target} NAME ${NAME} OUTPUT_DIR "${plugin_dir}"
      SOURCES ${P_SOURCES} DATA ${P_DATA} LIBRARIES ${P_LIBRARIES})
  elseif(P_DATA)
    # The WebAssembly module embeds the data folders from here (web/CMakeLists.txt).
    get_filename_component(data_src "${P_DATA}" ABSOLUTE)
    add_custom_target(${target} ALL
      COMMAND ${CMAKE_COMMAND} -E copy_directory "${data_src}" "${plugin_dir}/${NAME}"
      COMMENT "Copying ${NAME} data")
  else()
    add_custom_target(${target})
  endif()
endfunction()
