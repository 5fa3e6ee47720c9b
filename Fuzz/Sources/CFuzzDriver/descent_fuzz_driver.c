// The header declares libFuzzer's driver; libFuzzer itself is linked by -sanitize=fuzzer.
#include "descent_fuzz_driver.h"
