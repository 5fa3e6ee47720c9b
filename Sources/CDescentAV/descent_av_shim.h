#ifndef DESCENT_AV_SHIM_H
#define DESCENT_AV_SHIM_H
#include <dlfcn.h>
#include <errno.h>
#include <stddef.h>
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/error.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>

/* Function-like macros Swift cannot import, as inline functions. */
static inline int descent_av_error_again(void) { return AVERROR(EAGAIN); }
static inline int descent_av_error_eof(void) { return AVERROR_EOF; }
static inline int64_t descent_av_nopts_value(void) { return AV_NOPTS_VALUE; }

/*
 * FFmpeg is not linked: libavformat, libavcodec and libavutil (with libx264 and about ninety
 * libraries they need) are opened with dlopen when the first MP4 is encoded, so a build or a
 * command that writes no animation does not load them. The functions Descent calls are below,
 * as (library, function) pairs; their types come from FFmpeg's own headers.
 */
#define DESCENT_AV_FUNCTIONS(X) \
    X(avutil, av_dict_free) \
    X(avutil, av_dict_set) \
    X(avutil, av_frame_alloc) \
    X(avutil, av_frame_free) \
    X(avutil, av_frame_get_buffer) \
    X(avutil, av_frame_make_writable) \
    X(avutil, av_log_set_level) \
    X(avutil, av_strerror) \
    X(avcodec, av_packet_alloc) \
    X(avcodec, av_packet_free) \
    X(avcodec, av_packet_rescale_ts) \
    X(avcodec, av_packet_unref) \
    X(avcodec, avcodec_alloc_context3) \
    X(avcodec, avcodec_find_encoder_by_name) \
    X(avcodec, avcodec_free_context) \
    X(avcodec, avcodec_open2) \
    X(avcodec, avcodec_parameters_from_context) \
    X(avcodec, avcodec_receive_packet) \
    X(avcodec, avcodec_send_frame) \
    X(avformat, av_write_frame) \
    X(avformat, av_write_trailer) \
    X(avformat, avformat_alloc_output_context2) \
    X(avformat, avformat_free_context) \
    X(avformat, avformat_new_stream) \
    X(avformat, avformat_write_header) \
    X(avformat, avio_closep) \
    X(avformat, avio_open)

/* Pointers to the functions above, under their own names. */
typedef struct DescentAVFunctions {
#define DESCENT_AV_FIELD(library, name) __typeof__(&name) name;
    DESCENT_AV_FUNCTIONS(DESCENT_AV_FIELD)
#undef DESCENT_AV_FIELD
} DescentAVFunctions;

#define DESCENT_AV_TEXT2(x) #x
#define DESCENT_AV_TEXT(x) DESCENT_AV_TEXT2(x)
#ifdef __APPLE__
#define DESCENT_AV_SONAME(library, major) "lib" #library "." DESCENT_AV_TEXT(major) ".dylib"
#else
#define DESCENT_AV_SONAME(library, major) "lib" #library ".so." DESCENT_AV_TEXT(major)
#endif

/* The file names of the libraries these headers describe (the major version is the ABI),
   e.g. "libavformat.so.59". */
static inline const char *descent_av_soname_avutil(void) { return DESCENT_AV_SONAME(avutil, LIBAVUTIL_VERSION_MAJOR); }
static inline const char *descent_av_soname_avcodec(void) { return DESCENT_AV_SONAME(avcodec, LIBAVCODEC_VERSION_MAJOR); }
static inline const char *descent_av_soname_avformat(void) { return DESCENT_AV_SONAME(avformat, LIBAVFORMAT_VERSION_MAJOR); }

/*
 * Opens the three libraries and fills `functions`. Returns NULL on success, else dlerror's
 * message, which names the library or function that is missing. The libraries stay loaded.
 */
static inline const char *descent_av_load(DescentAVFunctions *functions) {
    void *avutil = dlopen(descent_av_soname_avutil(), RTLD_NOW | RTLD_LOCAL);
    if (avutil == NULL) return dlerror();
    void *avcodec = dlopen(descent_av_soname_avcodec(), RTLD_NOW | RTLD_LOCAL);
    if (avcodec == NULL) return dlerror();
    void *avformat = dlopen(descent_av_soname_avformat(), RTLD_NOW | RTLD_LOCAL);
    if (avformat == NULL) return dlerror();
#define DESCENT_AV_LOAD(library, name) \
    functions->name = (__typeof__(&name))dlsym(library, #name); \
    if (functions->name == NULL) { const char *error = dlerror(); return error ? error : #name; }
    DESCENT_AV_FUNCTIONS(DESCENT_AV_LOAD)
#undef DESCENT_AV_LOAD
    return NULL;
}
#endif
