/// One GitHub Actions workflow command line, escaped exactly as the official `@actions/core`
/// toolkit escapes it, so no value can end the line, end a property or start another command.
struct WorkflowCommand {
    let name: String
    /// Properties in output order; empty values are omitted.
    let properties: [(key: String, value: String)]
    let message: String

    var line: String {
        let present = properties.filter { !$0.value.isEmpty }
        let propertyText = present.map { "\($0.key)=\(Self.escapeProperty($0.value))" }.joined(separator: ",")
        let separator = propertyText.isEmpty ? "" : " "
        return "::\(name)\(separator)\(propertyText)::\(Self.escapeData(message))"
    }

    /// One pass over Unicode scalars: the `%` of an added escape is never escaped again, and a
    /// CR LF pair (one `Character` to Swift) still becomes `%0D%0A`.
    static func escapeData(_ value: String) -> String {
        escape(value, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")])
    }

    static func escapeProperty(_ value: String) -> String {
        escape(value, [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")])
    }

    private static func escape(_ value: String, _ replacements: [(Unicode.Scalar, String)]) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            if let replacement = replacements.first(where: { $0.0 == scalar }) {
                result += replacement.1
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
