#ifndef DESCENT_MALLOC_SHIM_H
#define DESCENT_MALLOC_SHIM_H
/* glibc's allocator tuning (mallopt), which Swift's Glibc module does not export. */
#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif
#endif
