#ifndef DESCENT_ZLIB_SHIM_H
#define DESCENT_ZLIB_SHIM_H
#include <zlib.h>
#endif
