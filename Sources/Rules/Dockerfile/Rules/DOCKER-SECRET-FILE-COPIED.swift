import InfragateParsers

/// `COPY id_rsa /root/.ssh/`: key material or credential files copied into an image layer.
struct SecretFileCopied: Rule {
    let description = RuleDescription(
        id: "DOCKER-SECRET-FILE-COPIED", title: "Key material or credentials file copied into the image", severity: .high, cwe: 538,
        owasp: "A07:2021 Identification and Authentication Failures",
        checklist: "Secrets management › No secrets in images or build files",
        rationale: """
            A file copied by `COPY` or `ADD` lives in a layer for good: deleting it later only hides it, and anyone \
            who can pull the image (or read the build cache of a builder stage) can extract private keys \
            (`id_rsa`, `*.pem`, `*.key`, `*.p12`), `.env` files, `.npmrc`/`.pypirc` tokens, `.git-credentials`, \
            `.netrc`, `.aws/credentials` or a whole `.ssh/` directory. High: it is a credential leak. Public keys \
            (`*.pub`), certificates and CA bundles, and example env files (`.env.example`) are not reported.
            """,
        recommendation: "Use `RUN --mount=type=secret,id=…` (or `--mount=type=ssh`) for build-time credentials and mount runtime secrets from the orchestrator; add the files to `.dockerignore`.",
        equivalents: [.trivy("AVD-DS-0031")],
        triggering: [
            "FROM alpine:3.20\n↓COPY id_rsa /root/.ssh/id_rsa",
            "FROM alpine:3.20\nARG KEY\n↓COPY ${KEY:-id_rsa} \"id\"_ed25519 /root/.ssh/",
            "FROM node:20-alpine\n↓COPY .npmrc package.json ./\nRUN npm ci",
            "FROM python:3.12-slim\n↓ADD --chown=app:app certs/server.key /etc/ssl/private/",
            "FROM alpine:3.20\n↓COPY [\".env\", \"/app/.env\"]",
            "FROM alpine:3.20\n↓COPY .aws/credentials /root/.aws/credentials",
            "FROM alpine:3.20\n↓COPY pki/ca.key pki/ca.pem /etc/pki/",
            #"""
            FROM alpine:3.20
            ↓COPY --chown=app \
                .ssh/ /home/app/.ssh/
            """#,
        ],
        nonTriggering: [
            "FROM alpine:3.20\nCOPY id_rsa.pub /root/.ssh/authorized_keys",
            "FROM node:20-alpine\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci",
            "FROM alpine:3.20\nCOPY certs/ca-bundle.pem /etc/ssl/certs/",
            "FROM alpine:3.20\nCOPY .env.example /app/.env",
            "FROM nginx:1.27\nCOPY nginx.conf /etc/nginx/nginx.conf",
            "FROM debian:12-slim\nCOPY nodesource.gpg.key /usr/share/keyrings/",
        ])

    func check(_ build: DockerBuild) -> [Violation] {
        build.dockerfile.stages.flatMap { stage in
            stage.instructions.compactMap { instruction -> Violation? in
                let secrets = instruction.copySources.filter(SecretPath.matches)
                guard !secrets.isEmpty else { return nil }
                let list = secrets.map { "`\($0)`" }.joined(separator: ", ")
                return Violation(
                    line: instruction.line, endLine: instruction.endLine,
                    message: "`\(instruction.keyword)` puts key material or credentials (\(list)) into an image layer",
                    identity: stage.identity("\(instruction.keyword) \(secrets.joined(separator: ","))"))
            }
        }
    }
}

/// Whether a copied path names key material or a credentials file.
enum SecretPath {
    private static let secretFileNames: Set<String> = [
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".env", ".npmrc", ".pypirc", ".git-credentials", ".netrc",
        ".dockercfg", ".htpasswd", ".pgpass", "credentials.json", ".aws", ".ssh", ".gnupg",
    ]
    /// Private keys and keystores, unless the name marks public material (GPG repository keys, trust stores).
    private static let keyExtensions: Set<String> = ["key", "p12", "pfx", "jks", "keystore", "ppk"]
    private static let publicKeyMarkers = ["pub", "gpg", "asc", "trust"]
    /// PEM files hold keys or certificates; certificates and CA bundles are public.
    private static let publicPEMMarkers = ["pub", "cert", "crt", "chain", "bundle", "ca.", "ca-", "cacert"]
    private static let exampleEnvSuffixes: Set<String> = ["example", "sample", "template", "dist", "defaults"]

    static func matches(_ path: String) -> Bool {
        let components = path.split(separator: "/").map(String.init)
        guard let name = components.last?.lowercased() else { return false }
        if components.contains(".ssh") || secretFileNames.contains(name) { return true }
        if components.contains(".aws"), name == "credentials" { return true }
        if components.contains(".docker"), name == "config.json" { return true }
        if name.hasPrefix(".env.") {
            return !exampleEnvSuffixes.contains(String(name.dropFirst(".env.".count)))
        }
        guard let dot = name.lastIndex(of: ".") else { return false }
        let fileExtension = String(name[name.index(after: dot)...])
        if fileExtension == "pem" { return !publicPEMMarkers.contains { name.contains($0) } }
        return keyExtensions.contains(fileExtension) && !publicKeyMarkers.contains { name.contains($0) }
    }
}
