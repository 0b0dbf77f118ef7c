/* The Cadena plugin boundary: plain C, versioned, nothing else crosses it.
 *
 * A plugin exports one function, `cadena_plugin_entry`, returning a pointer to a
 * static cadena_plugin_info. The host reads abi_major/abi_minor before anything
 * else and refuses a plugin of another major or of a newer minor than its own.
 * Every struct starts with (or carries) its size so that an older plugin's
 * shorter struct is still read correctly; trailing reserved fields keep room to
 * grow without a major bump.
 *
 * Rules of the boundary:
 *  - strings are pointer + length (cadena_str), UTF-8, not NUL-terminated, and
 *    valid only for the duration of the call that handed them over;
 *  - errors are a status code plus a message handed to a host callback; no C++
 *    exception ever crosses it;
 *  - offsets are byte offsets into the document's current text (the cleaned
 *    view once a cleaning stage has run).
 *
 * Most authors never touch this file directly: cadena/sdk.hpp wraps it.
 */
#ifndef CADENA_ABI_H
#define CADENA_ABI_H

#include <stddef.h>
#include <stdint.h>

#define CADENA_ABI_MAJOR 1
#define CADENA_ABI_MINOR 1
#define CADENA_ENTRY_POINT "cadena_plugin_entry"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct cadena_str {
  const char* data;
  size_t size;
} cadena_str;

typedef enum cadena_status {
  CADENA_OK = 0,
  CADENA_ERROR = 1,     /* the call failed; a message was reported */
  CADENA_NOT_FOUND = 2  /* no such layer, span or attribute */
} cadena_status;

typedef enum cadena_value_kind {
  CADENA_VALUE_NONE = 0,
  CADENA_VALUE_INT = 1,
  CADENA_VALUE_DOUBLE = 2,
  CADENA_VALUE_STRING = 3
} cadena_value_kind;

/* A typed attribute value; only the member named by `kind` is meaningful. */
typedef struct cadena_value {
  int32_t kind;
  int64_t i;
  double d;
  cadena_str s;
} cadena_value;

/* A span: bytes [begin, end) of the document's current text. */
typedef struct cadena_span {
  uint64_t begin;
  uint64_t end;
} cadena_span;

/* One piece of the map from a cleaned text back to the original. The pieces
 * given to set_text cover the new text in order. Where both ranges have the
 * same length the piece maps byte for byte; otherwise (a decoded entity, a
 * normalized character, collapsed white space) it maps as one block. */
typedef struct cadena_offset_piece {
  uint64_t view_begin;
  uint64_t view_end;
  uint64_t orig_begin;
  uint64_t orig_end;
} cadena_offset_piece;

typedef struct cadena_doc cadena_doc;     /* host-owned, valid for one process call */
typedef struct cadena_layer cadena_layer; /* host-owned, valid for one process call */
typedef struct cadena_stage cadena_stage; /* plugin-owned stage instance */

/* What the host offers a stage while it processes one document. Every function
 * is safe to call from the thread that received the document. */
typedef struct cadena_host {
  uint32_t struct_size;
  uint32_t reserved0;

  /* The current text: the cleaned view, or the original if no stage cleaned it. */
  cadena_str (*text)(const cadena_doc* doc);
  cadena_str (*original)(const cadena_doc* doc);
  /* Document metadata by key: "id", "lang", "date" (YYYY-MM-DD or empty),
   * "type", "source", "format" ("text" or "html", from the input). Unknown keys give an empty string. */
  cadena_str (*meta)(const cadena_doc* doc, cadena_str key);
  /* Sets "lang", "date" or "type". */
  cadena_status (*set_meta)(cadena_doc* doc, cadena_str key, cadena_str value);
  /* Replaces the current text by a cleaned one; only before any layer exists. */
  cadena_status (*set_text)(cadena_doc* doc, cadena_str text, const cadena_offset_piece* pieces,
                            size_t piece_count);

  /* A layer written by an earlier stage, or NULL when none did. A stage may
   * read only the layers it declares in `needs`, `reads_if_present` or
   * `writes`: for any other name this returns NULL and fails the document
   * with an error naming the stage and the layer. */
  const cadena_layer* (*layer)(const cadena_doc* doc, cadena_str name);
  /* A layer this stage writes (declared in its factory's `writes`); created
   * empty on first use. NULL, with an error reported, for an undeclared name. */
  cadena_layer* (*writable_layer)(cadena_doc* doc, cadena_str name);

  size_t (*span_count)(const cadena_layer* layer);
  cadena_status (*span_at)(const cadena_layer* layer, size_t index, cadena_span* out);
  cadena_status (*span_attr)(const cadena_layer* layer, size_t index, cadena_str key,
                             cadena_value* out);
  size_t (*attr_count)(const cadena_layer* layer, size_t index);
  cadena_status (*attr_at)(const cadena_layer* layer, size_t index, size_t attr_index,
                           cadena_str* key_out, cadena_value* value_out);

  /* Appends a span; its index is written to index_out. */
  cadena_status (*add_span)(cadena_layer* layer, cadena_span span, size_t* index_out);
  cadena_status (*set_attr)(cadena_layer* layer, size_t index, cadena_str key,
                            const cadena_value* value);

  /* Records why this document failed in this stage. */
  void (*fail)(cadena_doc* doc, cadena_str message);

  void* reserved[8];
} cadena_host;

/* What the host hands a factory to build a stage instance. */
typedef struct cadena_create_args {
  uint32_t struct_size;
  uint32_t reserved0;
  cadena_str stage_name;   /* the name the pipeline config gave this stage */
  cadena_str options_json; /* the plugin's defaults with the user's options merged on */
  cadena_str data_dir;     /* folder of this plugin's data files; may be empty */
  void* error_context;
  void (*error)(void* error_context, cadena_str message);
  /* Since ABI 1.1: where the host looked for that folder (set also when it
   * found none, so that a plugin's error can name it); may be empty. In two
   * of the 1.0 reserved pointer slots: a 1.0 plugin never reads it. */
  cadena_str data_dir_sought;
  void* reserved[2];
} cadena_create_args;

/* One kind of stage a plugin provides. A stage instance is built once and then
 * processes many documents, from several threads at once: `process` must keep
 * per-document state on its own stack. */
typedef struct cadena_stage_factory {
  uint32_t struct_size;
  uint32_t reserved0;
  cadena_str name;            /* registered name, used as "plugin" in configs */
  cadena_str description;
  cadena_str default_options; /* a JSON object; also the schema of the options */
  cadena_str needs;           /* comma-separated layers read, e.g. "sentences"; an earlier
                                 stage of the pipeline must write each one */
  cadena_str writes;          /* comma-separated layers written; "text" for the view */
  cadena_stage* (*create)(const cadena_create_args* args); /* NULL after reporting an error */
  void (*destroy)(cadena_stage* stage);
  cadena_status (*process)(const cadena_stage* stage, cadena_doc* doc, const cadena_host* host);
  /* Since ABI 1.1 (read only from plugins of minor >= 1): comma-separated
   * layers read when an earlier stage wrote them, e.g. "dates". The pipeline
   * does not require them; reading a layer that is in neither `needs` nor
   * here (nor `writes`) fails the document. Takes the place of two of the
   * 1.0 reserved pointers, so the struct keeps its size. */
  cadena_str reads_if_present;
  void* reserved[2];
} cadena_stage_factory;

typedef struct cadena_plugin_info {
  uint16_t abi_major;
  uint16_t abi_minor;
  uint32_t struct_size;
  cadena_str name;
  cadena_str version;
  cadena_str license;     /* SPDX identifier */
  cadena_str description; /* may carry attribution for shipped data */
  const cadena_stage_factory* factories;
  size_t factory_count;
  void* reserved[8];
} cadena_plugin_info;

typedef const cadena_plugin_info* (*cadena_plugin_entry_fn)(void);

/* WebAssembly side modules only: such a plugin has no folder beside it, so the
 * SDK's build packs its data files into it and exports this function too. The
 * host asks for file 0, 1, ... (path relative to the data folder, and its
 * bytes; both valid while the plugin is loaded) until it returns 0, writes
 * them out and passes that folder as the stage's data_dir. Optional: a plugin
 * without data does not export it. */
#define CADENA_DATA_ENTRY_POINT "cadena_plugin_data"
typedef int (*cadena_plugin_data_fn)(size_t index, cadena_str* path, cadena_str* bytes);

#ifdef __cplusplus
}
#endif

#endif /* CADENA_ABI_H */
