/// SSL policies that accept TLS below 1.2 or weak cipher suites.
struct GCPSSLPolicyRule: Rule {
    let description = RuleDescription(
        id: "GCP-SSL-POLICY-WEAK", title: "SSL policy allows TLS below 1.2 or weak cipher suites", severity: .medium, cwe: 326,
        owasp: "A02:2021 Cryptographic Failures",
        checklist: "Data protection › Data in transit is encrypted",
        rationale: "An SSL policy's default minimum is TLS 1.0, which has known weaknesses (RFC 8996), and the `COMPATIBLE` profile keeps CBC and non-forward-secret RSA suites even above it; load balancers negotiate them with old or downgraded clients. Medium: exploiting them needs a network position.",
        recommendation: "Set `min_tls_version = \"TLS_1_2\"` with `profile = \"MODERN\"` or `\"RESTRICTED\"` (or `CUSTOM` with ECDHE-GCM/CHACHA20 suites only).",
        equivalents: [.checkov("CKV_GCP_4"), .kics("Google Compute SSL Policy Weak Cipher In Use")],
        triggering: [
            """
            ↓resource "google_compute_ssl_policy" "web" {
              name    = "web"
              profile = "MODERN"
            }
            """,
            """
            resource "google_compute_ssl_policy" "web" {
              name            = "web"
            ↓  profile         = "COMPATIBLE"
              min_tls_version = "TLS_1_2"
            }
            """,
            """
            resource "google_compute_ssl_policy" "web" {
              name            = "web"
              profile         = "CUSTOM"
              min_tls_version = "TLS_1_2"
            ↓  custom_features = ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA"]
            }
            """,
        ],
        nonTriggering: [
            """
            resource "google_compute_ssl_policy" "web" {
              name            = "web"
              profile         = "MODERN"
              min_tls_version = "TLS_1_2"
            }
            """,
        ])

    func check(_ module: TerraformModule) -> [Violation] {
        module.resources(ofType: "google_compute_ssl_policy").compactMap { policy in
            let settings = policy.settings
            guard let minimum = settings.attribute("min_tls_version") else {
                return policy.violation(message: "\(policy.address) accepts TLS 1.0: `min_tls_version` is not set.", detail: "min_tls_version")
            }
            if let version = module.evaluate(minimum.expression).stringValue, ["TLS_1_0", "TLS_1_1"].contains(version.uppercased()) {
                return policy.violation(line: minimum.line, message: "\(policy.address) accepts `\(version)`.", detail: "min_tls_version")
            }
            if let profile = settings.attribute("profile"), module.evaluate(profile.expression).stringValue?.uppercased() == "COMPATIBLE" {
                return policy.violation(line: profile.line, message: "\(policy.address) uses the `COMPATIBLE` profile, which keeps weak cipher suites.", detail: "profile")
            }
            if let features = settings.attribute("custom_features"),
               let weak = module.evaluate(features.expression).listElements.compactMap(\.stringValue).first(where: Self.isWeak) {
                return policy.violation(line: features.line, message: "\(policy.address) enables the weak cipher suite `\(weak)`.", detail: "custom_features")
            }
            return nil
        }
    }

    /// CBC modes, 3DES and static-RSA key exchange (no forward secrecy).
    static func isWeak(_ suite: String) -> Bool {
        suite.contains("_CBC_") || suite.contains("3DES") || suite.hasPrefix("TLS_RSA_WITH")
    }
}
