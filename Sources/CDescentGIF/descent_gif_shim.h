#ifndef DESCENT_GIF_SHIM_H
#define DESCENT_GIF_SHIM_H
#include <dlfcn.h>
#include <stddef.h>
#include <gif_lib.h>

/*
 * giflib is not linked: it is opened with dlopen when the first GIF is encoded, so a build or a
 * command that writes no animation does not load it. The functions Descent calls are below; their
 * types come from gif_lib.h.
 */
#define DESCENT_GIF_FUNCTIONS(X) \
    X(EGifCloseFile) \
    X(EGifGCBToExtension) \
    X(EGifOpen) \
    X(EGifPutExtension) \
    X(EGifPutExtensionBlock) \
    X(EGifPutExtensionLeader) \
    X(EGifPutExtensionTrailer) \
    X(EGifPutImageDesc) \
    X(EGifPutLine) \
    X(EGifPutScreenDesc) \
    X(EGifSetGifVersion) \
    X(GifErrorString) \
    X(GifFreeMapObject) \
    X(GifMakeMapObject)

/* Pointers to the functions above, under their own names. */
typedef struct DescentGIFFunctions {
#define DESCENT_GIF_FIELD(name) __typeof__(&name) name;
    DESCENT_GIF_FUNCTIONS(DESCENT_GIF_FIELD)
#undef DESCENT_GIF_FIELD
} DescentGIFFunctions;

/* The file name giflib 5 is installed under (its ABI has been "7" since giflib 5.1). */
static inline const char *descent_gif_soname(void) {
#ifdef __APPLE__
    return "libgif.7.dylib";
#else
    return "libgif.so.7";
#endif
}

/*
 * Opens giflib and fills `functions`. Returns NULL on success, else dlerror's message, which
 * names the library or function that is missing. The library stays loaded.
 */
static inline const char *descent_gif_load(DescentGIFFunctions *functions) {
    void *library = dlopen(descent_gif_soname(), RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return dlerror();
#define DESCENT_GIF_LOAD(name) \
    functions->name = (__typeof__(&name))dlsym(library, #name); \
    if (functions->name == NULL) { const char *error = dlerror(); return error ? error : #name; }
    DESCENT_GIF_FUNCTIONS(DESCENT_GIF_LOAD)
#undef DESCENT_GIF_LOAD
    return NULL;
}
#endif
