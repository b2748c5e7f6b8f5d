import InfragateParsers

/// A package-manager install command (`apt-get install -y curl`, `pip install requests`) in a `RUN`
/// script or a CI job.
struct PackageInstall {
    enum Manager: String {
        case apt = "apt-get", apk, pip, npm, yum, dnf, gem
    }

    let manager: Manager
    /// The subcommand as written (`install`, `i`, `add`).
    let subcommand: String
    /// Options as written (`-y`, `--no-install-recommends`, `--no-cache`).
    let options: [String]
    /// Package operands, option values excluded.
    let packages: [String]

    /// Reads an install command, or nil when the command installs nothing.
    init?(_ command: ShellCommand) {
        var words = command.effectiveInvocation
        guard let program = words.first.map(RepositoryPath.name(of:)) else { return nil }
        words = words.dropFirst()
        let manager: Manager
        let subcommands: Set<String>
        switch program {
        case "apt-get", "apt", "aptitude": (manager, subcommands) = (.apt, ["install"])
        case "apk": (manager, subcommands) = (.apk, ["add"])
        case "yum", "microdnf": (manager, subcommands) = (.yum, ["install"])
        case "dnf": (manager, subcommands) = (.dnf, ["install"])
        case "gem": (manager, subcommands) = (.gem, ["install"])
        case "npm": (manager, subcommands) = (.npm, ["install", "i", "add"])
        case _ where program.hasPrefix("pip"): (manager, subcommands) = (.pip, ["install"])
        case _ where program.hasPrefix("python"):
            // `python3 -m pip install …`
            guard words.starts(with: ["-m", "pip"]) else { return nil }
            words = words.dropFirst(2)
            (manager, subcommands) = (.pip, ["install"])
        default: return nil
        }
        var options: [String] = []
        var operands: [String] = []
        var pendingValue = false
        for word in words {
            if pendingValue {
                pendingValue = false
            } else if word.hasPrefix("-"), word != "-" {
                options.append(word)
                pendingValue = !word.contains("=") && Self.optionsWithValue(manager).contains(word)
            } else {
                operands.append(word)
            }
        }
        guard let subcommand = operands.first, subcommands.contains(subcommand) else { return nil }
        self.manager = manager
        self.subcommand = subcommand
        self.options = options
        self.packages = Array(operands.dropFirst())
    }

    /// Options whose value is the next word (so that value is not mistaken for a package).
    private static func optionsWithValue(_ manager: Manager) -> Set<String> {
        switch manager {
        case .apt: return ["-o", "-t", "--target-release", "-c", "--config-file"]
        case .apk: return ["-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch"]
        case .pip:
            return ["-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url",
                    "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--platform", "--python-version"]
        case .npm: return ["--prefix", "--registry", "--tag"]
        case .yum, .dnf: return ["-x", "--exclude", "--setopt", "--releasever", "--installroot", "--repo", "--enablerepo", "--disablerepo"]
        case .gem: return ["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source"]
        }
    }

    func hasOption(_ names: String...) -> Bool {
        options.contains { option in names.contains { option == $0 || option.hasPrefix($0 + "=") } }
    }

    /// Operands that name a package without pinning its version. Local files, URLs and VCS
    /// references are not registry packages and are left alone.
    var unpinnedPackages: [String] {
        if manager == .gem, hasOption("-v", "--version") { return [] }
        return packages.filter { package in
            guard !Self.isLocalOrRemoteReference(package), !package.contains("$") else { return false }
            switch manager {
            case .apt: return !package.contains("=") && !package.hasSuffix(".deb")
            case .apk: return !package.contains("=") && !package.contains("~")
            case .pip: return !package.contains("==") && !package.contains("@")
            case .npm: return !package.dropFirst().contains("@")
            case .yum, .dnf: return !package.hasPrefix("@") && !Self.hasVersionSuffix(package) && !package.hasSuffix(".rpm")
            case .gem: return !package.contains(":")
            }
        }
    }

    private static func isLocalOrRemoteReference(_ package: String) -> Bool {
        package.hasPrefix(".") || package.hasPrefix("/") || package.hasPrefix("~") || package.contains("://")
            || package.hasPrefix("git+") || package.hasSuffix(".whl") || package.hasSuffix(".tar.gz") || package.hasSuffix(".tgz")
    }

    /// `httpd-2.4.6` or `nginx-1:1.20.1`: a hyphen followed by a digit.
    private static func hasVersionSuffix(_ package: String) -> Bool {
        zip(package, package.dropFirst()).contains { $0 == "-" && $1.isNumber }
    }
}
