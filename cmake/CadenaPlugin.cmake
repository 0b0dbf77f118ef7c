# cadena_add_plugin(NAME SOURCES src... [DATA dir] [LIBRARIES lib...])
#
# Builds one stage plugin from the same sources both ways:
#  - natively (not with CADENA_STATIC_PLUGINS) as a MODULE library
#    lib/cadena/plugins/libcadena_<NAME>.so with hidden visibility, its data
#    folder copied to lib/cadena/plugins/<NAME>/;
#  - always as a static library cadena_<NAME>_static compiled with
#    CADENA_STATIC_PLUGIN, recorded for the generated registration table
#    (cmake/StaticPlugins.cmake): the WebAssembly build links only these, and
#    native tests check that both ways give the same results.
# NAME must be the id given to CADENA_PLUGIN() in the sources.
set(CADENA_PLUGIN_DIR "lib/cadena/plugins" CACHE INTERNAL "plugins, relative to the prefix")

function(cadena_add_plugin NAME)
  cmake_parse_arguments(P "" "DATA" "SOURCES;LIBRARIES" ${ARGN})
  add_library(cadena_${NAME}_static STATIC ${P_SOURCES})
  target_compile_definitions(cadena_${NAME}_static PRIVATE CADENA_STATIC_PLUGIN)
  target_link_libraries(cadena_${NAME}_static PUBLIC Cadena::sdk ${P_LIBRARIES})
  set_property(GLOBAL APPEND PROPERTY CADENA_STATIC_PLUGIN_NAMES ${NAME})

  set(target cadena_${NAME})
  if(CADENA_STATIC_PLUGINS)
    add_custom_target(${target})  # the data copy below hangs on it
  else()
    add_library(${target} MODULE ${P_SOURCES})
    set_target_properties(${target} PROPERTIES
      LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/${CADENA_PLUGIN_DIR}"
      CXX_VISIBILITY_PRESET hidden
      VISIBILITY_INLINES_HIDDEN ON)
    target_link_libraries(${target} PRIVATE Cadena::sdk ${P_LIBRARIES})
    install(TARGETS ${target} LIBRARY DESTINATION ${CADENA_PLUGIN_DIR})
  endif()
  if(P_DATA)
    get_filename_component(data_src "${P_DATA}" ABSOLUTE)
    set(data_dst "${CMAKE_BINARY_DIR}/${CADENA_PLUGIN_DIR}/${NAME}")
    # Copied at build time so an edited data file reaches the build tree.
    add_custom_target(${target}_data ALL
      COMMAND ${CMAKE_COMMAND} -E copy_directory "${data_src}" "${data_dst}"
      COMMENT "Copying ${NAME} data")
    add_dependencies(${target} ${target}_data)
    set_property(GLOBAL APPEND PROPERTY CADENA_PLUGIN_DATA "${NAME}=${data_src}")
    install(DIRECTORY "${data_src}/" DESTINATION ${CADENA_PLUGIN_DIR}/${NAME})
  endif()
endfunction()
