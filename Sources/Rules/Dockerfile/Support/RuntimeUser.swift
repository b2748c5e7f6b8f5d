import Foundation
import InfragateParsers

/// Whether a `USER` value makes the container run as root, read the way container runtimes read
/// `user[:group]`: runc and containerd take a user part that parses as a signed decimal integer
/// (`strconv.Atoi`: `0`, `00`, `+0`, `-0`) as a uid, anything else as a name in `/etc/passwd`, and
/// an empty user part as the default, root.
enum RuntimeUser {
    /// The largest uid runc accepts; containerd converts larger numbers to 32 bits, which can wrap
    /// them to 0, and `(uid_t)-1` leaves the uid unchanged.
    private static let largestUID = 2_147_483_647

    /// What makes the value root, as a noun phrase for messages (`uid 0`), or nil when it names an
    /// unprivileged user. `value` is the substituted `USER` argument; nil (a variable the file does
    /// not give) counts as root.
    static func rootReason(of value: String?, aliases: Set<String> = []) -> String? {
        guard let value else { return "a variable whose value the file does not give" }
        // BuildKit keeps surrounding blanks, which no runtime resolves; reading them as absent is the safe side.
        let specification = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let user = specification.prefix { $0 != ":" }
        if user.isEmpty { return "no user, which means root" }
        if user == "root" { return "root" }
        // Windows containers: the administrator account (Windows compares names case-insensitively).
        if user.lowercased() == "containeradministrator" { return "the Windows container administrator" }
        guard let uid = numericUID(user) else {
            return aliases.contains(String(user)) ? "a user this build gives uid 0" : nil
        }
        if uid == 0 { return "uid 0" }
        if uid < 0 || uid > largestUID { return "outside the uid range, which runtimes refuse or wrap around to root" }
        return nil
    }

    /// User names the build gives uid 0, in any stage (a builder's `/etc/passwd` can be copied into
    /// the final image): `useradd -o -u 0 admin`, `adduser -u 0 admin`, `usermod -u 0 app`, or a
    /// passwd line `admin:x:0:…` the script writes. Every word that is not an option counts as a
    /// possible name, so an unusual argument order cannot hide one.
    static func namesGivenUIDZero(in dockerfile: Dockerfile) -> Set<String> {
        var names = Set<String>()
        for stage in dockerfile.stages {
            for command in stage.instructions.flatMap(\.shellCommands) {
                let invocation = command.effectiveInvocation
                if let program = command.programName, accountPrograms.contains(program), setsUIDZero(invocation.dropFirst()) {
                    names.formUnion(invocation.dropFirst().filter { !$0.hasPrefix("-") && numericUID($0[...]) == nil })
                }
                for word in command.words { names.formUnion(passwdEntriesWithUIDZero(in: word)) }
            }
        }
        return names
    }

    private static let accountPrograms: Set<String> = ["useradd", "adduser", "usermod"]

    /// `-u 0`, `-u0`, `--uid 0`, `--uid=0` with 0 in any spelling.
    private static func setsUIDZero(_ arguments: ArraySlice<String>) -> Bool {
        var previous: String?
        for word in arguments {
            defer { previous = word }
            let value: Substring
            if previous == "-u" || previous == "--uid" {
                value = word[...]
            } else if word.hasPrefix("--uid=") {
                value = word.dropFirst("--uid=".count)
            } else if word.hasPrefix("-u"), word.count > 2, !word.hasPrefix("--") {
                value = word.dropFirst(2)
            } else {
                continue
            }
            if numericUID(value) == 0 { return true }
        }
        return false
    }

    /// `name:password:uid:…` fields inside a word (an `echo`ed passwd line) whose uid is 0.
    private static func passwdEntriesWithUIDZero(in word: String) -> [String] {
        word.split(whereSeparator: { $0.isWhitespace || $0 == "\"" || $0 == "'" || $0 == "/" }).compactMap { token in
            let fields = token.split(separator: ":", omittingEmptySubsequences: false)
            guard fields.count >= 4, !fields[0].isEmpty, numericUID(fields[2]) == 0 else { return nil }
            return String(fields[0])
        }
    }

    /// The number when the text is an optionally signed run of ASCII digits; values beyond the uid
    /// range are clamped to one past it, so that any spelling of a huge number stays huge.
    private static func numericUID(_ text: Substring) -> Int? {
        var digits = text
        var sign = 1
        if let first = digits.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var value = 0
        for digit in digits {
            value = min(value * 10 + Int(digit.asciiValue! - 48), largestUID + 1)
        }
        return sign * value
    }
}

extension ImageReference {
    /// Images whose own configuration runs as an unprivileged user: distroless `nonroot` variants
    /// (uid 65532) and Chainguard's `static` (uid 65532). Matched on registry, repository and tag
    /// exactly; a tag that merely contains `nonroot` proves nothing (anyone can push `evil/nonroot:latest`).
    var defaultsToNonRootUser: Bool {
        // Without a tag and with a digest, the content is whatever the digest names: not provable.
        guard let tag else { return digest == nil && registry == "cgr.dev" && repository == "chainguard/static" }
        if registry == "gcr.io", repository.hasPrefix("distroless/"), !repository.dropFirst("distroless/".count).contains("/") {
            return Self.distrolessNonRootTags.contains(tag)
        }
        return registry == "cgr.dev" && repository == "chainguard/static" && tag == "latest"
    }

    /// `nonroot` and `debug-nonroot`, alone or with the architecture suffixes distroless publishes.
    private static let distrolessNonRootTags: Set<String> = {
        let variants = ["nonroot", "debug-nonroot"]
        let architectures = ["amd64", "arm64", "arm", "s390x", "ppc64le", "riscv64"]
        return Set(variants + variants.flatMap { variant in architectures.map { "\(variant)-\($0)" } })
    }()
}
