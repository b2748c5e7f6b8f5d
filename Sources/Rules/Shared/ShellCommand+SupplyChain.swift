import InfragateParsers

/// Dependency installs that do not take their versions from a lockfile, in CI scripts.
extension ShellCommand {
    /// Tools pip upgrades in almost every job (`pip install --upgrade pip`); pinning them is not
    /// what a lockfile is for, and reporting them would bury the real findings.
    private static let packagingTools: Set<String> = ["pip", "setuptools", "wheel"]

    /// What this command installs at versions no lockfile decides, as the finding names it, or nil:
    /// `npm install` (re-resolves and rewrites `package-lock.json`; `npm ci` installs it), `yarn install`
    /// without `--frozen-lockfile`/`--immutable`, `pip`/`npm`/`gem install` of unpinned names,
    /// `go install …@latest` and `cargo install` without `--locked`.
    var installWithoutLockfile: String? {
        if let install = PackageInstall(self) {
            switch install.manager {
            case .npm:
                if install.packages.isEmpty { return "`npm \(install.subcommand)` without the lockfile (`npm ci`)" }
                return install.unpinnedPackages.first.map { "`npm install \($0)` at no pinned version" }
            case .pip:
                return install.unpinnedPackages.first { !Self.packagingTools.contains($0.lowercased()) }
                    .map { "`pip install \($0)` at no pinned version" }
            case .gem:
                return install.unpinnedPackages.first.map { "`gem install \($0)` at no pinned version" }
            case .apt, .apk, .yum, .dnf:
                return nil
            }
        }
        let words = Array(effectiveInvocation)
        guard let program = words.first.map(RepositoryPath.name(of:)) else { return nil }
        let arguments = words.dropFirst()
        let operands = arguments.filter { !$0.hasPrefix("-") }
        switch program {
        case "yarn":
            guard operands.first.map({ $0 == "install" }) ?? arguments.allSatisfy({ $0.hasPrefix("-") }),
                  !arguments.contains(where: { ["--frozen-lockfile", "--immutable"].contains($0) }) else { return nil }
            return "`yarn install` without `--frozen-lockfile` (or `--immutable`)"
        case "go":
            guard operands.first == "install", let latest = operands.dropFirst().first(where: { $0.hasSuffix("@latest") }) else { return nil }
            return "`go install \(latest)`"
        case "cargo":
            guard operands.first == "install", !arguments.contains("--locked") else { return nil }
            return "`cargo install` without `--locked`"
        default:
            return nil
        }
    }
}

/// Registry logins that take the password as an argument.
extension ShellCommand {
    private static let registryClients: Set<String> = ["docker", "podman", "buildah", "nerdctl", "skopeo", "helm", "oras", "crane"]

    /// `docker login -p …`, `helm registry login --password …`: the client, when the password is on
    /// the command line, where the process list, shell tracing (`set -x`) and the client's own warning
    /// put it in clear.
    var registryPasswordArgument: String? {
        let words = Array(effectiveInvocation)
        guard let program = words.first.map(RepositoryPath.name(of:)), Self.registryClients.contains(program),
              let login = words.firstIndex(of: "login") else { return nil }
        let options = words[(login + 1)...]
        let givesPassword = options.contains { option in
            option == "-p" || option == "--password" || option.hasPrefix("--password=") || (option.hasPrefix("-p") && !option.hasPrefix("--") && option.count > 2)
        }
        return givesPassword ? "\(program) login" : nil
    }
}
