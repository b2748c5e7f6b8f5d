import Foundation
import InfragateParsers

/// Commands and environment settings that switch off TLS certificate or package signature checks:
/// what Dockerfile `RUN`, GitHub Actions `run:` and GitLab CI scripts all need to recognise.
enum VerificationSwitch {
    /// Environment variables that turn verification off for every later command of the process,
    /// with the values that do it.
    private static let variables: [String: (values: Set<String>, effect: String)] = [
        "NODE_TLS_REJECT_UNAUTHORIZED": (["0"], "Node.js accepts any TLS certificate"),
        "PYTHONHTTPSVERIFY": (["0"], "Python's urllib accepts any TLS certificate"),
        "GIT_SSL_NO_VERIFY": (["1", "true", "yes", "on"], "git accepts any TLS certificate"),
        "NPM_CONFIG_STRICT_SSL": (["false", "0"], "npm accepts any TLS certificate"),
        "YARN_STRICT_SSL": (["false", "0"], "Yarn accepts any TLS certificate"),
        "PIP_TRUSTED_HOST": ([], "pip accepts any TLS certificate from the named hosts"),
        "HELM_INSECURE_SKIP_TLS_VERIFY": (["1", "true"], "Helm accepts any TLS certificate"),
    ]

    /// What setting `name` to `value` switches off, if anything. `PIP_TRUSTED_HOST` does it with any
    /// non-empty value.
    static func effect(ofSetting name: String, to value: String) -> String? {
        guard let known = variables[name.uppercased()] else { return nil }
        let normalised = value.trimmingCharacters(in: .init(charactersIn: "\"' ")).lowercased()
        if known.values.isEmpty { return normalised.isEmpty ? nil : known.effect }
        return known.values.contains(normalised) ? known.effect : nil
    }
}

extension ShellCommand {
    /// `curl` short options that take a value: the letters after one of them are that value.
    private static let curlOptionsWithValue = Set("bcCdDeEFHKmoQrTuUwxXyYz")
    private static let packageManagers: [String: [String]] = [
        "apt-get": ["--allow-unauthenticated", "--allow-insecure-repositories", "--force-yes"],
        "apt": ["--allow-unauthenticated", "--allow-insecure-repositories"],
        "apk": ["--allow-untrusted"],
        "yum": ["--nogpgcheck"], "dnf": ["--nogpgcheck"], "microdnf": ["--nogpgcheck"], "tdnf": ["--nogpgcheck"],
        "zypper": ["--no-gpg-checks"], "rpm": ["--nosignature", "--nodigest"],
    ]
    private static let skipVerifyFlags = ["--insecure-skip-tls-verify", "--tls-verify=false", "--src-tls-verify=false",
                                          "--dest-tls-verify=false", "--tlsverify=false", "--insecure-skip-verify"]

    /// What this command stops verifying, in a phrase that names the switch (`` `curl -k` `` skips the
    /// TLS certificate check), or nil. Reads the command as the shell runs it: `NAME=value` prefixes,
    /// `export NAME=value`, wrappers such as `sudo`, and combined short options (`curl -fsSLk`).
    var weakenedVerification: String? {
        for word in words.prefix(while: { $0.contains("=") && !$0.hasPrefix("-") }) {
            if let effect = Self.settingEffect(word) { return effect }
        }
        let invocation = effectiveInvocation
        guard let program = invocation.first.map(RepositoryPath.name(of:)) else { return nil }
        let arguments = invocation.dropFirst()
        let lowered = arguments.map { $0.lowercased() }
        if program == "export" || program == "env" {
            return arguments.lazy.compactMap(Self.settingEffect).first
        }
        if let flag = lowered.first(where: { word in Self.skipVerifyFlags.contains { word == $0 || word.hasPrefix($0 + "=") } })
            ?? lowered.first(where: { $0 == "--insecure-skip-tls-verify=true" }) {
            return "`\(program) \(flag)` skips the TLS certificate check"
        }
        switch program {
        case "curl":
            if lowered.contains("--insecure") || arguments.contains(where: Self.isCurlInsecureCluster) {
                return "`curl -k` skips the TLS certificate check"
            }
        case "wget":
            if lowered.contains("--no-check-certificate") { return "`wget --no-check-certificate` skips the TLS certificate check" }
        case "git":
            if lowered.contains(where: { $0.replacingOccurrences(of: " ", with: "") == "http.sslverify=false" })
                || zip(lowered, lowered.dropFirst()).contains(where: { $0 == "http.sslverify" && $1 == "false" }) {
                return "`git http.sslVerify=false` skips the TLS certificate check"
            }
        case "pip", "pip3", "python", "python3", "uv", "poetry":
            if lowered.contains(where: { $0 == "--trusted-host" || $0.hasPrefix("--trusted-host=") }) {
                return "`pip --trusted-host` skips the TLS certificate check for that host"
            }
        case "npm", "yarn", "pnpm":
            if lowered.contains("--strict-ssl=false")
                || (lowered.contains("strict-ssl") && lowered.contains("false")) {
                return "`\(program) strict-ssl false` skips the TLS certificate check"
            }
        default:
            break
        }
        if let flags = Self.packageManagers[program], let flag = lowered.first(where: flags.contains) {
            return "`\(program) \(flag)` installs packages whose signatures are not checked"
        }
        if program == "echo" || program == "printf", lowered.contains(where: { $0.contains("[trusted=yes]") || $0.contains("trusted=yes]") }) {
            return "an apt source marked `[trusted=yes]` installs packages whose signatures are not checked"
        }
        return nil
    }

    private static func settingEffect(_ assignment: String) -> String? {
        guard let equals = assignment.firstIndex(of: "=") else { return nil }
        let name = String(assignment[..<equals])
        return VerificationSwitch.effect(ofSetting: name, to: String(assignment[assignment.index(after: equals)...]))
            .map { "`\(name)` set: \($0)" }
    }

    /// `-k`, `-sSk`, `-fsSLk`: a cluster of short options that reaches `k` before any option that
    /// takes a value (whose letters would be that value: `-ukey`).
    private static func isCurlInsecureCluster(_ word: String) -> Bool {
        guard word.hasPrefix("-"), !word.hasPrefix("--"), word.count > 1 else { return false }
        for letter in word.dropFirst() {
            if letter == "k" { return true }
            if curlOptionsWithValue.contains(letter) || !letter.isLetter { return false }
        }
        return false
    }
}
