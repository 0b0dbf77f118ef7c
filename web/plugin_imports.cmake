# cmake -DPLUGINS="a.wasm|b.wasm" -DOUT=file -P plugin_imports.cmake
#
# Lists what the given side modules import from the host, one "_symbol" a
# line, for the host's -sEXPORTED_FUNCTIONS=@file: a -sMAIN_MODULE=2 host
# exports only what it is told to, and a plugin whose import is missing fails
# to load. Functions come from "env", addresses of data (vtables, typeinfo)
# and of functions through "GOT.mem" and "GOT.func". The memory, the table
# and the __stack_pointer/__memory_base/__table_base globals are the dynamic
# linker's own. _malloc and _free are what the JavaScript API calls.
cmake_policy(SET CMP0057 NEW)  # if(IN_LIST)
set(symbols _free _malloc)
string(REPLACE "|" ";" PLUGINS "${PLUGINS}")
foreach(plugin IN LISTS PLUGINS)
  if(plugin STREQUAL "")
    continue()
  endif()
  execute_process(COMMAND wasm-dis "${plugin}" OUTPUT_VARIABLE text RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "wasm-dis ${plugin} failed")
  endif()
  string(REGEX MATCHALL "\\(export \"[^\"]+\"" exports "${text}")
  string(REGEX REPLACE "\\(export \"([^\"]+)\"" "\\1" exports "${exports}")
  string(REGEX MATCHALL "\\(import \"(env|GOT\\.mem|GOT\\.func)\" \"[^\"]+\" \\((func|global)" imports "${text}")
  foreach(line IN LISTS imports)
    string(REGEX REPLACE "^\\(import \"[^\"]+\" \"([^\"]+)\".*" "\\1" name "${line}")
    # A side module imports even what it defines itself (so that another
    # definition could take precedence); the loader falls back to its own.
    if(name IN_LIST exports)
      continue()
    endif()
    if(NOT name MATCHES "^__(stack_pointer|memory_base|table_base)$")
      list(APPEND symbols "_${name}")
    endif()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES symbols)
list(SORT symbols)
string(REPLACE ";" "\n" lines "${symbols}")
file(WRITE "${OUT}.tmp" "${lines}\n")
# Unchanged contents keep the host from relinking.
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
