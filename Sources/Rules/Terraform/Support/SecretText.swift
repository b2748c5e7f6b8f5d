import Foundation
import InfragateParsers

/// Recognises names that hold secrets and texts that contain one. Findings name the key or the
/// kind of secret, never the value.
enum SecretText {
    private static let secretWords = ["password", "passwd", "secret", "token", "private_key", "access_key", "api_key", "apikey", "credential"]
    /// Names that mention a secret but hold a reference or a property of it.
    private static let referenceSuffixes = ["_arn", "_id", "_name", "_path", "_length", "_ttl", "_version", "_file", "_enabled", "_type", "_rotation"]

    static func isSecretLike(name: String) -> Bool {
        let name = name.lowercased()
        return secretWords.contains { name.contains($0) } && !referenceSuffixes.contains { name.hasSuffix($0) }
    }

    /// A known string that is a credential (`SecretValue`): not a flag, a reference to a secret store or a placeholder.
    static func isLiteralSecret(_ value: HCLValue) -> Bool {
        guard case .string(let text) = value else { return false }
        return SecretValue.classify(text).isCredential
    }

    /// The kinds of secret found in a script (`user_data`), each described without its value.
    static func secretsIn(script: String) -> [String] {
        var found: [String] = []
        if script.range(of: "(AKIA|ASIA)[0-9A-Z]{16}", options: .regularExpression) != nil {
            found.append("an AWS access key id")
        }
        if script.contains("PRIVATE KEY-----") {
            found.append("a private key")
        }
        // `export DB_PASSWORD=…`, `password: …`: a secret-like name assigned a literal (not `$VAR`).
        let assignment = "([A-Za-z_][A-Za-z0-9_]*)[ \\t]*[=:][ \\t]*[\"']?[^\\s\"'$]{4,}"
        for line in script.split(separator: "\n") {
            guard let range = line.range(of: assignment, options: .regularExpression) else { continue }
            let name = String(line[range].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            if isSecretLike(name: name) { found.append("a literal value for `\(name)`") }
        }
        return found
    }

    /// The literal text of a string or template (interpolations left out), for scanning scripts
    /// whose variable parts are unknown.
    static func literalText(of expression: HCLExpression, in module: TerraformModule) -> String {
        if case .template(let parts) = expression.kind {
            return parts.map { part in
                if case .text(let text) = part { return text }
                if case .interpolation(let inner) = part { return module.evaluate(inner).stringValue ?? "" }
                return ""
            }.joined()
        }
        return module.evaluate(expression).stringValue ?? ""
    }
}
