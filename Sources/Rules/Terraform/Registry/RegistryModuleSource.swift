/// A module `source` naming a public registry module, in any of the forms Terraform accepts for
/// the same code: `terraform-aws-modules/security-group/aws`, with the `registry.terraform.io/`
/// host, with a `//modules/ssh` submodule, or as the module's GitHub repository
/// (`git::https://github.com/terraform-aws-modules/terraform-aws-security-group.git//modules/ssh?ref=v5.1.0`,
/// `github.com/…`, `git@github.com:…`, `git::ssh://git@github.com/…`). So writing the source
/// another way never takes a call out of what is judged.
struct RegistryModuleSource: Equatable {
    /// `terraform-aws-modules/security-group/aws`: namespace, name and provider, lowercased
    /// (registry addresses are case-insensitive).
    let module: String
    /// The folder inside the module (`modules/ssh`), or "" for its root.
    let submodule: String
    /// The `?ref=` of a git source (`v5.1.0`); a registry source's version is the call's `version`.
    let reference: String?

    init?(_ source: String) {
        var rest = Substring(source.trimmingWhitespace)
        var reference: String?
        if let query = rest.firstIndex(of: "?") {
            for parameter in rest[rest.index(after: query)...].split(separator: "&") where parameter.hasPrefix("ref=") {
                reference = String(parameter.dropFirst(4))
            }
            rest = rest[..<query]
        }
        let isGit = rest.hasPrefix("git::")
        if isGit { rest = rest.dropFirst(5) }
        for scheme in ["https://", "http://", "ssh://"] where rest.hasPrefix(scheme) {
            rest = rest.dropFirst(scheme.count)
        }
        if rest.hasPrefix("git@github.com:") {
            rest = Substring("github.com/" + rest.dropFirst("git@github.com:".count))
        } else if rest.hasPrefix("git@github.com/") {
            rest = rest.dropFirst("git@".count)
        }
        var submodule = ""
        if let separator = rest.range(of: "//") {
            submodule = String(rest[separator.upperBound...]).trimmingSlashes
            rest = rest[..<separator.lowerBound]
        }
        let parts = rest.lowercased().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, parts[0] == "github.com" {
            // `terraform-<provider>-<name>` is the registry's naming rule for a module's repository.
            var repository = Substring(parts[2])
            if repository.hasSuffix(".git") { repository = repository.dropLast(4) }
            guard repository.hasPrefix("terraform-") else { return nil }
            let tail = repository.dropFirst("terraform-".count)
            guard let dash = tail.firstIndex(of: "-"), dash != tail.startIndex, tail.index(after: dash) != tail.endIndex else { return nil }
            module = "\(parts[1])/\(tail[tail.index(after: dash)...])/\(tail[..<dash])"
        } else if !isGit, parts.count == 4, parts[0] == "registry.terraform.io" {
            module = parts[1...].joined(separator: "/")
        } else if !isGit, parts.count == 3, !parts[0].contains("."), !parts[0].contains(":") {
            // A registry address has no host part; `./x/y` and `../x/y` are local paths, never this.
            guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
            module = parts.joined(separator: "/")
        } else {
            return nil
        }
        self.submodule = submodule
        self.reference = reference
    }

    /// The major release a version constraint or git tag asks for (`~> 5.0`, `>= 4.2, < 6`,
    /// `v5.1.0`): the first number written, nil when there is none.
    static func majorVersion(of constraint: String) -> Int? {
        let digits = constraint.drop { !$0.isNumber }.prefix { $0.isNumber }
        return digits.isEmpty || digits.count > 6 ? nil : Int(digits)
    }
}

private extension StringProtocol {
    var trimmingWhitespace: SubSequence {
        let start = drop { $0 == " " || $0 == "\t" }
        return start.prefix(start.count - start.reversed().prefix { $0 == " " || $0 == "\t" }.count)
    }

    var trimmingSlashes: String {
        let start = drop { $0 == "/" }
        return String(start.prefix(start.count - start.reversed().prefix { $0 == "/" }.count))
    }
}
