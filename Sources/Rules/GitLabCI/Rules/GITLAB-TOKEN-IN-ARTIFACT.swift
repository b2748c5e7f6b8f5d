import InfragateParsers

/// A script writes a token, or the whole environment, to a file that the job keeps as an artifact
/// or in its cache: whoever can download the artifact or restore the cache has the token.
struct TokenInArtifact: Rule {
    /// Predefined credentials whose names `SecretName` does not already recognise.
    private static let predefinedCredentials: Set<String> = ["CI_JOB_JWT", "CI_JOB_JWT_V1", "CI_JOB_JWT_V2"]
    /// Commands that print every variable with its value when run without operands (`set` without options either).
    private static let environmentDumps: Set<String> = ["env", "printenv", "export", "declare", "typeset"]

    let description = RuleDescription(
        id: "GITLAB-TOKEN-IN-ARTIFACT", title: "Token or environment written to job artifacts or cache", severity: .high, cwe: 538,
        checklist: "CI/CD › Secrets in the vault, exposed only where used",
        rationale: """
            A script that writes `$CI_JOB_TOKEN`, a `$CI_*TOKEN`/`*_PASSWORD` variable, an `id_tokens:` or \
            `secrets:` variable (`echo "$CI_JOB_TOKEN" > token.txt`, `… | tee token.txt`, `cat "$SECRET" > f`, \
            `cp "$SECRET" out/` for file-type variables), or the whole \
            environment (`env > env.txt`, `printenv | sort > vars`, `export -p > …`), to a file that \
            `artifacts:` (`paths`, globs, directories, `untracked: true`, `reports: dotenv`) or `cache:` keeps, \
            publishes it: artifacts are downloadable by everyone who can see the pipeline (on a public project, \
            everyone) and masking does not apply to files; caches are restored by later jobs, merge request \
            pipelines among them. High. Inherited `extends` settings count; files written outside the project \
            directory and paths in `artifacts: exclude` are not reported.
            """,
        recommendation: "Write tokens only to files outside the project directory (`$CI_BUILDS_DIR/../`, `/tmp`) or pass them on standard input, keep the artifact's paths to the build output, and give later jobs credentials as CI/CD variables.",
        triggering: [RuleExample("""
            build:
              script:
            ↓    - echo "$CI_JOB_TOKEN" > token.txt
            ↓    - env | sort > build/env.txt
                - make
              artifacts:
                paths: [token.txt, build/]
            .login:
              script:
            ↓    - printf '%s' "$VAULT_ID_TOKEN" | tee "$CI_PROJECT_DIR/.cache/jwt"
            fetch:
              extends: .login
              id_tokens:
                VAULT_ID_TOKEN:
                  aud: https://vault.example.com
              cache:
                key: deps
                paths: [.cache/]
            """, path: ".gitlab-ci.yml")],
        nonTriggering: [RuleExample("""
            build:
              script:
                - echo "$CI_JOB_TOKEN" > /tmp/token.txt
                - env | sort > build/env.txt
                - echo "$CI_COMMIT_SHA" > build/version.txt
                - make
              artifacts:
                paths: [build/]
                exclude: [build/env.txt]
            fetch:
              id_tokens:
                VAULT_ID_TOKEN:
                  aud: https://vault.example.com
              script:
                - printf '%s' "$VAULT_ID_TOKEN" | vault write auth/jwt/login role=ci jwt=-
              cache:
                key: deps
                paths: [.cache/]
            """, path: ".gitlab-ci.yml")])

    func check(_ pipeline: Pipeline) -> [Violation] {
        pipeline.scopes.flatMap { scope -> [Violation] in
            guard scope.isJob, !scope.isHidden else { return [] }
            let kept = KeptFiles(job: scope.node)
            guard !kept.isEmpty else { return [] }
            let credentials = Set((scope.node["id_tokens"]?.entries ?? []).map(\.key) + (scope.node["secrets"]?.entries ?? []).map(\.key))
            return scope.scriptEntriesInForce.flatMap { entry -> [Violation] in
                guard let text = entry.node.scalar?.text else { return [] }
                let logicalLines = ShellLines.logicalLines(of: text[...])
                return zip(logicalLines, pipeline.locator.lines(of: logicalLines, in: entry.node)).flatMap { logicalLine, line in
                    writes(in: ShellScript.commands(in: String(logicalLine)), credentials: credentials).compactMap { written -> Violation? in
                        guard let store = kept.store(keeping: written.file) else { return nil }
                        return Violation(line: line, message: "\(scope.name) writes \(written.what) to `\(written.file)`, kept \(store).",
                                         identity: "\(scope.identity)|token-file:\(written.file)")
                    }
                }
            }
        }
    }

    /// The files a line writes a credential into: each pipeline (`a | b > f`) from its first command
    /// that prints a credential or the environment, to every `>` target and `tee` operand after it.
    private func writes(in commands: [ShellCommand], credentials: Set<String>) -> [(what: String, file: String)] {
        var found: [(what: String, file: String)] = []
        var source: String?
        for command in commands {
            if source == nil { source = printed(by: command, credentials: credentials) }
            if let source {
                let teeFiles = command.programName == "tee" ? command.words.dropFirst().filter { !$0.hasPrefix("-") } : []
                found += (command.outputTargets + teeFiles).map { (source, $0) }
            }
            found += copies(by: command, credentials: credentials)
            if !command.pipesIntoNext { source = nil }
        }
        return found
    }

    /// `cp "$KUBECONFIG_FILE" out/`: a file-type variable (a `secrets:` entry is one by default) holds the
    /// path of a file with the secret, which `cp`, `mv` or `install` copies to the last operand.
    private func copies(by command: ShellCommand, credentials: Set<String>) -> [(what: String, file: String)] {
        guard let program = command.programName, ["cp", "mv", "install"].contains(program) else { return [] }
        let operands = command.words.dropFirst().filter { !$0.hasPrefix("-") }
        guard operands.count >= 2, let destination = operands.last,
              let name = operands.dropLast().flatMap(PipelineSecretPrinted.variableNames).first(where: { isCredential($0, credentials) }) else { return [] }
        // A copy into a folder keeps the source's name there.
        let file = destination.hasSuffix("/") ? destination + "\(name.lowercased())" : destination
        return [("the file in `$\(name)`", file)]
    }

    private func isCredential(_ name: String, _ credentials: Set<String>) -> Bool {
        credentials.contains(name) || Self.predefinedCredentials.contains(name) || SecretName.matches(name)
    }

    /// "`$CI_JOB_TOKEN`" or "the environment" when the command prints it.
    private func printed(by command: ShellCommand, credentials: Set<String>) -> String? {
        // A bare `env` runs no program, so `programName` (which looks past `env`) has none.
        guard let program = command.programName ?? command.words.first.map(RepositoryPath.name(of:)) else { return nil }
        let isCredential = { (name: String) in self.isCredential(name, credentials) }
        let operands = command.words.dropFirst().filter { !$0.hasPrefix("-") }
        if (Self.environmentDumps.contains(program) && operands.isEmpty) || (program == "set" && command.words.count == 1) {
            return "the environment"
        }
        if program == "printenv", let name = operands.first(where: isCredential) { return "`$\(name)`" }
        // `cat "$SECRET"` prints a file-type variable's file.
        guard ["echo", "printf", "print", "cat"].contains(program) else { return nil }
        return operands.flatMap(PipelineSecretPrinted.variableNames).first(where: isCredential).map { "`$\($0)`" }
    }
}

/// What a job keeps after it ends: its artifacts (`paths`, `untracked`, `reports: dotenv`, less
/// `exclude`) and its caches (`paths`, `untracked`), as GitLab matches paths in the project directory.
private struct KeptFiles {
    private var artifactPatterns: [String] = []
    private var artifactExclusions: [String] = []
    private var artifactsTakeUntracked = false
    private var cachePatterns: [String] = []
    private var cacheTakesUntracked = false

    init(job: YAMLNode) {
        if let artifacts = job["artifacts"] {
            artifactPatterns = Self.strings(artifacts["paths"]) + Self.strings(artifacts["reports"]?["dotenv"])
            artifactExclusions = Self.strings(artifacts["exclude"])
            artifactsTakeUntracked = artifacts["untracked"]?.string == "true"
        }
        let caches = job["cache"].map { $0.isSequence ? $0.items : [$0] } ?? []
        cachePatterns = caches.flatMap { Self.strings($0["paths"]) }
        cacheTakesUntracked = caches.contains { $0["untracked"]?.string == "true" }
    }

    var isEmpty: Bool {
        artifactPatterns.isEmpty && !artifactsTakeUntracked && cachePatterns.isEmpty && !cacheTakesUntracked
    }

    /// "as an artifact" or "in the cache" when `file` (as the script wrote it) is kept; files outside
    /// the project directory, or named through other variables, are not.
    func store(keeping file: String) -> String? {
        guard let path = Self.projectRelative(file) else { return nil }
        let inArtifacts = !artifactExclusions.contains { Self.pattern($0, covers: path) }
            && (artifactsTakeUntracked || artifactPatterns.contains { Self.pattern($0, covers: path) && !ArtifactCredentials.isCredentialFile($0) })
        if inArtifacts { return "as an artifact" }
        if cacheTakesUntracked || cachePatterns.contains(where: { Self.pattern($0, covers: path) }) { return "in the cache" }
        return nil
    }

    private static func strings(_ node: YAMLNode?) -> [String] {
        guard let node else { return [] }
        return node.string.map { [$0] } ?? node.items.compactMap(\.string)
    }

    /// `./a`, `$CI_PROJECT_DIR/a` and `${CI_PROJECT_DIR}/a` are `a`; an absolute path or one built from
    /// another variable is not known to be in the project.
    private static func projectRelative(_ file: String) -> String? {
        var path = Substring(file)
        for prefix in ["$CI_PROJECT_DIR/", "${CI_PROJECT_DIR}/"] where path.hasPrefix(prefix) {
            path = path.dropFirst(prefix.count)
        }
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~"), !path.contains("$"), !path.contains("..") else { return nil }
        return String(path)
    }

    /// Whether the artifact or cache path `pattern` keeps `path`: the path itself, a folder above it,
    /// or a glob (`*` within a folder, `**` across folders, `?`) matching either.
    private static func pattern(_ pattern: String, covers path: String) -> Bool {
        var pattern = Substring(pattern)
        while pattern.count > 1, pattern.hasSuffix("/") { pattern = pattern.dropLast() }
        if pattern == "." || pattern == "$CI_PROJECT_DIR" || pattern == "${CI_PROJECT_DIR}" { return true }
        guard let pattern = projectRelative(String(pattern)) else { return false }
        let components = path.split(separator: "/")
        return components.indices.contains { last in
            PathGlob(pattern).matches(components[...last].joined(separator: "/"))
        }
    }
}

/// GitLab's path globs (doublestar): `*` and `?` stay within one folder, `**` crosses folders.
/// Matched by dynamic programming over pattern and path, so its cost is their product, never exponential.
private struct PathGlob {
    private enum Token: Equatable { case literal(Character), any, anyAcrossFolders, one }
    private let tokens: [Token]

    init(_ pattern: String) {
        var tokens: [Token] = []
        var characters = pattern[...]
        while let character = characters.popFirst() {
            switch character {
            case "*" where characters.first == "*":
                characters = characters.dropFirst()
                if characters.first == "/" { characters = characters.dropFirst() }
                tokens.append(.anyAcrossFolders)
            case "*": tokens.append(.any)
            case "?": tokens.append(.one)
            default: tokens.append(.literal(character))
            }
        }
        self.tokens = tokens
    }

    func matches(_ path: String) -> Bool {
        let text = Array(path)
        // reachable[j]: the tokens so far can match the first j characters.
        var reachable = [Bool](repeating: false, count: text.count + 1)
        reachable[0] = true
        for token in tokens {
            var next = [Bool](repeating: false, count: text.count + 1)
            for end in 0...text.count {
                switch token {
                case .any, .anyAcrossFolders:
                    // Extend a match over any run of characters (for `*`, none of them `/`).
                    next[end] = reachable[end] || (end > 0 && next[end - 1] && (token == .anyAcrossFolders || text[end - 1] != "/"))
                case .one:
                    next[end] = end > 0 && reachable[end - 1] && text[end - 1] != "/"
                case .literal(let character):
                    next[end] = end > 0 && reachable[end - 1] && text[end - 1] == character
                }
            }
            reachable = next
        }
        return reachable[text.count]
    }
}
