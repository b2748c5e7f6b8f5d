#ifndef INFRAGATE_CLIBGIT2_SHIM_H
#define INFRAGATE_CLIBGIT2_SHIM_H

#include <git2.h>
// git_repository_set_odb: a repository opened by path must still see a pre-receive quarantine.
#include <git2/sys/repository.h>
// git_mempack_new: the staged tree of `check --staged` is built in memory, never written to the repository.
#include <git2/sys/mempack.h>

// git_libgit2_opts is variadic, which Swift cannot call: wrap the options infragate sets.

/// Turns libgit2's repository-owner check off (infragate only ever reads; see README "safe.directory").
static inline int infragate_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

/// Caps the object cache so a huge push cannot balloon memory.
static inline int infragate_set_cache_max_size(size_t bytes) {
    return git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, bytes);
}

/// Turns libgit2's strict object creation off: infragate never writes objects.
static inline int infragate_disable_strict_object_creation(void) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 0);
}

#endif
