#ifndef INFRAGATE_NO_CERTIFICATES_H
#define INFRAGATE_NO_CERTIFICATES_H

/// Stand-ins for mbedTLS's certificate loaders, which libgit2 calls at initialisation (see NoCertificates.c).
int mbedtls_x509_crt_parse_file(void *chain, const char *path);
int mbedtls_x509_crt_parse_path(void *chain, const char *path);

#endif
