# How one plugin becomes a loadable file; shared by the in-tree build
# (cmake/CadenaPlugin.cmake) and the installed SDK (CadenaAddPlugin.cmake), so
# that first-party and third-party plugins are built the same way.
#
# cadena_plugin_module(TARGET NAME OUTPUT_DIR SOURCES src... [DATA dir] [LIBRARIES lib...])
#  - natively: a MODULE library <OUTPUT_DIR>/libcadena_<NAME>.so with hidden
#    visibility (only the entry point is exported), installed to
#    lib/cadena/plugins; its DATA folder copied beside it as <NAME>/, which is
#    where the host looks for it;
#  - with Emscripten: a WebAssembly side module <OUTPUT_DIR>/<NAME>.wasm for a
#    host linked with -sMAIN_MODULE=2. A side module has no folder beside it,
#    so its DATA files are packed into it (see CADENA_DATA_ENTRY_POINT in
#    cadena/abi.h).
set(CADENA_PLUGIN_DIR "lib/cadena/plugins" CACHE INTERNAL "plugins, relative to the prefix")
set(_cadena_module_dir "${CMAKE_CURRENT_LIST_DIR}")

function(cadena_plugin_module TARGET)
  cmake_parse_arguments(P "" "NAME;OUTPUT_DIR;DATA" "SOURCES;LIBRARIES" ${ARGN})
  if(P_DATA)
    get_filename_component(data_src "${P_DATA}" ABSOLUTE)
  endif()
  if(EMSCRIPTEN)
    set(sources ${P_SOURCES})
    if(P_DATA)
      file(GLOB_RECURSE data_files CONFIGURE_DEPENDS "${data_src}/*")
      set(packed "${CMAKE_CURRENT_BINARY_DIR}/${TARGET}_data.cpp")
      add_custom_command(OUTPUT "${packed}"
        COMMAND ${CMAKE_COMMAND} -DDATA_DIR=${data_src} -DOUT=${packed}
                -P "${_cadena_module_dir}/CadenaPackData.cmake"
        DEPENDS ${data_files} "${_cadena_module_dir}/CadenaPackData.cmake"
        COMMENT "Packing ${P_NAME} data into its side module")
      list(APPEND sources "${packed}")
    endif()
    add_executable(${TARGET} ${sources})
    set_target_properties(${TARGET} PROPERTIES OUTPUT_NAME ${P_NAME} SUFFIX ".wasm"
      RUNTIME_OUTPUT_DIRECTORY "${P_OUTPUT_DIR}")
    # The host throws and catches with wasm exceptions, is position
    # independent and passes 64-bit integers as BigInts (no i64 legalization,
    # whose helpers live in JavaScript); a side module must match it.
    target_compile_options(${TARGET} PRIVATE -fPIC -fwasm-exceptions)
    target_link_options(${TARGET} PRIVATE -sSIDE_MODULE=1 -fwasm-exceptions -sWASM_BIGINT=1)
    install(TARGETS ${TARGET} RUNTIME DESTINATION ${CADENA_PLUGIN_DIR})
  else()
    add_library(${TARGET} MODULE ${P_SOURCES})
    set_target_properties(${TARGET} PROPERTIES OUTPUT_NAME cadena_${P_NAME}
      LIBRARY_OUTPUT_DIRECTORY "${P_OUTPUT_DIR}")
    install(TARGETS ${TARGET} LIBRARY DESTINATION ${CADENA_PLUGIN_DIR})
    if(P_DATA)
      # Copied at build time so that an edited data file reaches the build tree.
      add_custom_target(${TARGET}_data ALL
        COMMAND ${CMAKE_COMMAND} -E copy_directory "${data_src}" "${P_OUTPUT_DIR}/${P_NAME}"
        COMMENT "Copying ${P_NAME} data")
      add_dependencies(${TARGET} ${TARGET}_data)
      install(DIRECTORY "${data_src}/" DESTINATION ${CADENA_PLUGIN_DIR}/${P_NAME})
    endif()
  endif()
  set_target_properties(${TARGET} PROPERTIES CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  target_link_libraries(${TARGET} PRIVATE Cadena::sdk ${P_LIBRARIES})
endfunction()
