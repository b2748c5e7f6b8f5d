import Foundation

/// What Go's `crypto/tls` names mean for the control plane and the kubelet, which take their TLS
/// settings as Go constant names (`--tls-cipher-suites`, `--tls-min-version`, `tlsCipherSuites`).
enum GoTLSSettings {
    /// The suites the CIS Kubernetes Benchmark (1.2.29, 4.2.12) accepts: AEAD ciphers with forward
    /// secrecy, the two RSA-key-exchange GCM suites the benchmark still lists, and TLS 1.3's (which Go
    /// always enables).
    private static let strongSuites: Set<String> = [
        "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
        "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384",
    ]
    private static let weakVersions: Set<String> = ["VERSIONTLS10", "VERSIONTLS11", "VERSIONSSL30"]

    /// The weak suites of a comma-separated list (CBC, RC4, 3DES), in the order written.
    static func weakSuites(in list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !strongSuites.contains($0.uppercased()) }
    }

    static func weakSuites(in suites: [String]) -> [String] {
        weakSuites(in: suites.joined(separator: ","))
    }

    /// Whether a minimum version lets clients negotiate TLS 1.0 or 1.1.
    static func isWeakMinimum(_ version: String) -> Bool {
        weakVersions.contains(version.trimmingCharacters(in: .whitespaces).uppercased())
    }
}
