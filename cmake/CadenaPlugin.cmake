# cadena_add_plugin(NAME SOURCES src... [DATA dir] [LIBRARIES lib...])
#
# Builds one stage plugin from the same sources either way:
#  - natively as a MODULE library lib/cadena/plugins/libcadena_<NAME>.so with
#    hidden visibility, its data folder copied to lib/cadena/plugins/<NAME>/;
#  - with CADENA_STATIC_PLUGINS (WebAssembly) as a static library compiled with
#    CADENA_STATIC_PLUGIN, recorded for the generated registration table.
# NAME must be the id given to CADENA_PLUGIN() in the sources.
set(CADENA_PLUGIN_DIR "lib/cadena/plugins" CACHE INTERNAL "plugins, relative to the prefix")

function(cadena_add_plugin NAME)
  cmake_parse_arguments(P "" "DATA" "SOURCES;LIBRARIES" ${ARGN})
  set(target cadena_${NAME})
  if(CADENA_STATIC_PLUGINS)
    add_library(${target} STATIC ${P_SOURCES})
    target_compile_definitions(${target} PRIVATE CADENA_STATIC_PLUGIN)
    set_property(GLOBAL APPEND PROPERTY CADENA_STATIC_PLUGIN_NAMES ${NAME})
  else()
    add_library(${target} MODULE ${P_SOURCES})
    set_target_properties(${target} PROPERTIES
      LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/${CADENA_PLUGIN_DIR}"
      CXX_VISIBILITY_PRESET hidden
      VISIBILITY_INLINES_HIDDEN ON)
    install(TARGETS ${target} LIBRARY DESTINATION ${CADENA_PLUGIN_DIR})
  endif()
  target_link_libraries(${target} PRIVATE Cadena::sdk ${P_LIBRARIES})
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
