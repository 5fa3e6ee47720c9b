#ifndef DESCENT_GIF_SHIM_H
#define DESCENT_GIF_SHIM_H
#include <gif_lib.h>
#endif
