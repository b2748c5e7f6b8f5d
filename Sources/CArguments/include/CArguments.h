#ifndef INFRAGATE_CARGUMENTS_H
#define INFRAGATE_CARGUMENTS_H

/// The process's argc/argv as the loader passed them. The Swift runtime on Linux reads
/// CommandLine.arguments from /proc/self/cmdline, which a chroot (GitHub Enterprise's pre-receive
/// hook environment) may not have: without this, the hook would see no arguments at all.
int infragate_argument_count(void);
const char *const *infragate_argument_values(void);

#endif
