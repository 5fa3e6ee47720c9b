#ifndef DESCENT_PANGO_SHIM_H
#define DESCENT_PANGO_SHIM_H
#include <pango/pangocairo.h>
#endif
