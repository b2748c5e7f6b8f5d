import InfragateParsers
import InfragateRules

/// An infrastructure file that is empty, whitespace or comments only declares nothing: there is
/// nothing its consumer would build or apply, so there is nothing to judge and nothing to report.
/// Anything beyond comments (a Dockerfile instruction without `FROM`, broken YAML) still goes to
/// its pack, which reports what it cannot read.
public enum EmptyFile {
    public static func declaresNothing(_ text: String, kind: FileKind, path: String) -> Bool {
        switch kind {
        case .dockerfile:
            // Parser directives (`# syntax=…`) are comments too: without instructions they build nothing.
            return text.split(whereSeparator: \.isNewline).allSatisfy { line in
                let trimmed = line.drop(while: \.isWhitespace)
                return trimmed.isEmpty || trimmed.hasPrefix("#")
            }
        case .terraform:
            // JSON has no comments and Terraform refuses an empty `.tf.json`: that stays the pack's call.
            return !path.lowercased().hasSuffix(".json") && isOnlyHCLComments(text)
        case .compose, .kubernetes, .helm, .cloudFormation, .githubWorkflow, .gitlabCI:
            let parsed = YAMLParser.parse(text)
            return parsed.problems.isEmpty && parsed.documents.allSatisfy(\.root.isNull)
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
