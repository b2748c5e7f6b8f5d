import InfragateParsers
import InfragateRules

/// An infrastructure file that is empty, whitespace or comments only declares nothing: there is
/// nothing its consumer would build or apply, so there is nothing to judge and nothing to report.
/// Anything beyond comments (a Dockerfile instruction without `FROM`, broken YAML) still goes to
/// its pack, which reports what it cannot read.
public enum EmptyFile {
    public static func declaresNothing(_ text: String, kind: FileKind, path: String) -> Bool {
        switch kind {
        case .dockerfile, .sshdConfig, .postgresHBA, .redisConfig, .mysqlOptions, .postgresConf, .appSettings:
            // Parser directives (`# syntax=…`) are comments too: without instructions they build nothing.
            return text.split(whereSeparator: \.isNewline).allSatisfy { line in
                let trimmed = line.drop(while: \.isWhitespace)
                return trimmed.isEmpty || trimmed.hasPrefix("#")
            }
        case .sql:
            return text.split(whereSeparator: \.isNewline).allSatisfy { line in
                let trimmed = line.drop(while: \.isWhitespace)
                return trimmed.isEmpty || trimmed.hasPrefix("--")
            }
        case .terraform:
            // JSON has no comments and Terraform refuses an empty `.tf.json`: that stays the pack's call.
            return !path.lowercased().hasSuffix(".json") && isOnlyHCLComments(text)
        case .compose, .kubernetes, .helm, .cloudFormation, .githubWorkflow, .gitlabCI, .dependabot, .preCommit:
            return isOnlyYAMLComments(text)
        case .secrets:
            // A secret can hide in a comment: only nothing at all declares nothing.
            return text.allSatisfy(\.isWhitespace)
        }
    }

    /// Blank lines, comments, document markers (`---`, `...`, alone or before a comment) and `%`
    /// directives, nothing else: YAML whose every document is empty. Read line by line, never parsed
    /// (the pack parses the file anyway); a document that is an explicit `null` goes to the pack,
    /// which finds nothing in it.
    static func isOnlyYAMLComments(_ text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).allSatisfy { line in
            let trimmed = line.drop(while: \.isWhitespace)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("%") else { return true }
            guard trimmed.hasPrefix("---") || trimmed.hasPrefix("...") else { return false }
            let rest = trimmed.dropFirst(3)
            return rest.isEmpty || rest.first?.isWhitespace == true && rest.drop(while: \.isWhitespace).first.map { $0 == "#" } ?? true
        }
    }

    /// Whitespace, `#` and `//` line comments and `/* */` block comments, nothing else. Any other
    /// character is content, so strings never need to be understood; an unterminated block comment
    /// is not "only comments" and is left to the parser to report.
    static func isOnlyHCLComments(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                index += 1
            } else if byte == UInt8(ascii: "#") || (byte == UInt8(ascii: "/") && next == UInt8(ascii: "/")) {
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            } else if byte == UInt8(ascii: "/") && next == UInt8(ascii: "*") {
                var end = index + 2
                while end + 1 < bytes.count && !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/")) { end += 1 }
                guard end + 1 < bytes.count else { return false }
                index = end + 2
            } else {
                return false
            }
        }
        return true
    }
}
