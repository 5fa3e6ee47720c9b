#ifndef DESCENT_CAIRO_SHIM_H
#define DESCENT_CAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#endif
