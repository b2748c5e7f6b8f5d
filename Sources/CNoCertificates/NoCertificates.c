// infragate only reads objects from local repositories: it never opens a network connection, so
// it has no use for TLS certificates. libgit2 1.5 built with mbedTLS (Debian, Ubuntu) nevertheless
// parses the whole system CA bundle inside git_libgit2_init, with no option to skip it: about 150
// certificates, 52 million instructions, a fifth of judging a five-file change. These definitions
// take the place of mbedTLS's for this executable (it exports its symbols, and the loader binds
// libgit2's calls to the executable's definitions first), so libgit2 loads no certificate. Should
// anything ever open a TLS connection, verification would fail for want of a trusted root: closed,
// never open. With a libgit2 built on OpenSSL nothing calls them.

#include "NoCertificates.h"

// MBEDTLS_ERR_X509_FILE_IO_ERROR: libgit2 treats the certificates as not loaded and goes on.
static const int fileIOError = -0x2900;

int mbedtls_x509_crt_parse_file(void *chain, const char *path) {
    (void)chain;
    (void)path;
    return fileIOError;
}

int mbedtls_x509_crt_parse_path(void *chain, const char *path) {
    (void)chain;
    (void)path;
    return fileIOError;
}
