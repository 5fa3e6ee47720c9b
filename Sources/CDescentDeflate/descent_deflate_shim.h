#ifndef DESCENT_DEFLATE_SHIM_H
#define DESCENT_DEFLATE_SHIM_H
#include <libdeflate.h>
#endif
