#ifndef DESCENT_AV_SHIM_H
#define DESCENT_AV_SHIM_H
#include <errno.h>
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
#endif
