import InfragateRules

/// Decides cheaply which changed files are infrastructure: by path first, and for generic
/// YAML/JSON files by a sniff of the first bytes, so most files are never read.
public enum FileClassifier {
    /// What the path alone says.
    public enum PathVerdict: Equatable, Sendable {
        case kind(FileKind)
        /// YAML or JSON of unknown purpose: read it and `sniff` the content.
        case needsContent
        case notInfrastructure
    }

    static func isContainerBuildFileName(_ name: String) -> Bool {
        ["dockerfile", "containerfile"].contains { base in
            name == base
                || [".", "-", "_"].contains { name.hasPrefix(base + $0) || name.hasSuffix($0 + base) }
        }
    }

    public static func classify(path: String) -> PathVerdict {
        let name = basename(path).lowercased()
        let lowerPath = path.lowercased()

        // `Dockerfile-prod`, `Dockerfile_prod` and `app.containerfile` are built with `-f` just
        // the same, so every separator after or before the base name counts.
        if isContainerBuildFileName(name) {
            return .kind(.dockerfile)
        }
        if name.hasSuffix(".tf") || name.hasSuffix(".tf.json") || name.hasSuffix(".tfvars") || name.hasSuffix(".tfvars.json") {
            return .kind(.terraform)
        }
        let isYAML = name.hasSuffix(".yml") || name.hasSuffix(".yaml")
        if isYAML && (lowerPath.hasPrefix(".github/workflows/") || lowerPath.contains("/.github/workflows/"))
            && !dropPrefix(".github/workflows/", from: lowerPath).contains("/") {
            return .kind(.githubWorkflow)
        }
        if name == ".gitlab-ci.yml" || name == ".gitlab-ci.yaml" || name.hasSuffix(".gitlab-ci.yml") {
            return .kind(.gitlabCI)
        }
        if isYAML && (name.hasPrefix("docker-compose") || name.hasPrefix("compose")) {
            return .kind(.compose)
        }
        if name == "chart.yaml" || name == "chart.yml" {
            return .kind(.helm)
        }
        if isYAML || name.hasSuffix(".json") || name.hasSuffix(".template") {
            return .needsContent
        }
        return .notInfrastructure
    }

    /// Recognises YAML/JSON by content: CloudFormation, Kubernetes, Compose, else nil.
    /// Only the first 64 KiB are looked at; the markers sit near the top of real files.
    public static func sniff(_ text: String) -> FileKind? {
        let head = text.utf8.count > 65_536 ? String(decoding: text.utf8.prefix(65_536), as: UTF8.self) : text
        if head.contains("AWSTemplateFormatVersion") || head.contains("Type: AWS::") || head.contains("Type: 'AWS::")
            || head.contains("Type: \"AWS::") || head.range(of: #""Type"\s*:\s*"AWS::"#, options: .regularExpression) != nil {
            return .cloudFormation
        }
        var hasAPIVersion = false, hasKind = false, hasServices = false, hasImageOrBuild = false
        // `isNewline`, because "\r\n" is one Character: splitting on "\n" would leave a CRLF file one line.
        for line in head.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("apiVersion:") || line.hasPrefix("\"apiVersion\"") { hasAPIVersion = true }
            if line.hasPrefix("kind:") || line.hasPrefix("\"kind\"") { hasKind = true }
            if line.hasPrefix("services:") { hasServices = true }
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("image:") || trimmed.hasPrefix("build:") { hasImageOrBuild = true }
            // Kubernetes `List`s and JSON manifests indent apiVersion/kind.
            if trimmed.hasPrefix("apiVersion:") || trimmed.hasPrefix("- apiVersion:") || trimmed.hasPrefix("\"apiVersion\"") {
                hasAPIVersion = true
            }
            if trimmed.hasPrefix("kind:") || trimmed.hasPrefix("\"kind\"") { hasKind = true }
        }
        if hasAPIVersion && hasKind { return .kubernetes }
        if hasServices && hasImageOrBuild { return .compose }
        return nil
    }

    static func basename(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The parent directory of a repository-relative path ("" for the root).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    private static func dropPrefix(_ prefix: String, from path: String) -> String {
        guard let range = path.range(of: prefix) else { return path }
        return String(path[range.upperBound...])
    }
}
