#include "CArguments.h"

static int saved_count;
static const char *const *saved_values;

/// glibc passes (argc, argv, envp) to ELF constructors; capture them before main runs.
__attribute__((constructor)) static void infragate_capture_arguments(int argc, char **argv, char **envp) {
    (void)envp;
    saved_count = argc;
    saved_values = (const char *const *)argv;
}

int infragate_argument_count(void) { return saved_count; }
const char *const *infragate_argument_values(void) { return saved_values; }
