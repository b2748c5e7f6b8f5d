import InfragateParsers
import InfragateRules

/// Recognises a YAML/JSON file of unknown purpose by the structure of its parsed documents, the
/// way its consumer reads it: spacing (`apiVersion :`), quoting, flow style, minified JSON and
/// padding before the first key cannot hide a manifest or template.
public enum ContentRecognizer {
    /// CloudFormation, Kubernetes or Compose, else nil. A file that does not parse is decided by
    /// the documents read before the problem; nothing further is guessed from broken text.
    public static func recognize(_ text: String, isJSON: Bool) -> FileKind? {
        guard mayBeInfrastructure(text) else { return nil }
        let roots = documentRoots(of: text, isJSON: isJSON)
        if roots.contains(where: isCloudFormationTemplate) { return .cloudFormation }
        if roots.contains(where: isKubernetesObject) { return .kubernetes }
        if roots.contains(where: isComposeFile) { return .compose }
        return nil
    }

    /// The only cheap skip that cannot be bypassed: every recognised shape needs one of these
    /// keys, and a key can avoid spelling its bytes only through an escape (`"api\u0056ersion"`,
    /// a `\` line continuation), so any backslash means parse. Case-insensitive, so no key's
    /// case variant is ever skipped unread.
    static func mayBeInfrastructure(_ text: String) -> Bool {
        if text.utf8.contains(UInt8(ascii: "\\")) { return true }
        let lower = text.lowercased()
        return ["apiversion", "resources", "awstemplateformatversion", "services"].contains { lower.contains($0) }
    }

    /// JSON files go through the JSON parser (which accepts every valid document); when that
    /// fails, or for YAML, the YAML layer reads every document of the stream.
    static func documentRoots(of text: String, isJSON: Bool) -> [YAMLNode] {
        if isJSON, let json = try? JSONParser.parse(text) {
            return [node(from: json)]
        }
        return YAMLParser.parse(text).documents.map(\.root)
    }

    /// A mapping whose `apiVersion` and `kind` are strings; a `List` is one too.
    static func isKubernetesObject(_ root: YAMLNode) -> Bool {
        root.isMapping && root["apiVersion"]?.string != nil && root["kind"]?.string != nil
    }

    /// `AWSTemplateFormatVersion`, or a `Resources` mapping with an `AWS::`/`Custom::` typed entry.
    static func isCloudFormationTemplate(_ root: YAMLNode) -> Bool {
        guard root.isMapping else { return false }
        if root.entry("AWSTemplateFormatVersion") != nil { return true }
        return root["Resources"]?.entries.contains { resource in
            guard let type = resource.value["Type"]?.string else { return false }
            return type.hasPrefix("AWS::") || type.hasPrefix("Custom::")
        } ?? false
    }

    /// A top-level `services` mapping with a service that has an `image` or a `build`.
    static func isComposeFile(_ root: YAMLNode) -> Bool {
        root["services"]?.entries.contains { service in
            service.value.isMapping && (service.value.entry("image") != nil || service.value.entry("build") != nil)
        } ?? false
    }

    /// A JSON value as the YAML tree the structural tests read: strings are quoted scalars,
    /// so `"null"` stays a string; numbers, booleans and null are plain.
    static func node(from json: JSONValue) -> YAMLNode {
        let content: YAMLNode.Content
        switch json.kind {
        case .object(let members):
            content = .mapping(members.map { YAMLEntry(key: $0.key, keyLine: $0.keyLine, value: node(from: $0.value)) })
        case .array(let items):
            content = .sequence(items.map(node(from:)))
        case .string(let text):
            content = .scalar(YAMLScalar(text: text, isPlain: false))
        case .number(let number):
            content = .scalar(YAMLScalar(text: "\(number)", isPlain: true))
        case .bool(let value):
            content = .scalar(YAMLScalar(text: value ? "true" : "false", isPlain: true))
        case .null:
            content = .scalar(YAMLScalar(text: "null", isPlain: true))
        }
        return YAMLNode(content: content, line: json.line, column: 1)
    }
}
