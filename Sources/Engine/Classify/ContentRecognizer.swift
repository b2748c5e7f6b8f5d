import Foundation
import InfragateParsers
import InfragateRules

/// Recognises a YAML/JSON file of unknown purpose by the structure of its parsed documents, the
/// way its consumer reads it: spacing (`apiVersion :`), quoting, flow style, minified JSON and
/// padding before the first key cannot hide a manifest or template.
public enum ContentRecognizer {
    /// CloudFormation, Kubernetes or Compose, else nil. Text the parser refuses (a syntax error,
    /// an alias bomb, a duplicate key) is recognised by its keys instead, so its pack reports the
    /// parse error: being unreadable must not be a way to hide a manifest.
    public static func recognize(_ text: String, isJSON: Bool) -> FileKind? {
        guard mayBeInfrastructure(text) else { return nil }
        let (roots, parsedCleanly) = documentRoots(of: text, isJSON: isJSON)
        if roots.contains(where: isCloudFormationTemplate) { return .cloudFormation }
        if roots.contains(where: isKubernetesObject) { return .kubernetes }
        if roots.contains(where: isComposeFile) { return .compose }
        if isJSON, roots.contains(where: isTerraformPlan) { return .terraform }
        if parsedCleanly { return nil }
        // A `.json` plan that does not parse is still a plan: its Terraform parse error fails closed.
        if isJSON, kindByKeys(text) == nil, hasKey("format_version", in: text), hasKey("planned_values", in: text) { return .terraform }
        return kindByKeys(text)
    }

    /// The lexical reading for unparseable text: the keys each kind needs, written as keys
    /// (followed by `:`, after an optional closing quote and spaces) anywhere in the file.
    static func kindByKeys(_ text: String) -> FileKind? {
        if hasKey("AWSTemplateFormatVersion", in: text)
            || (hasKey("Resources", in: text) && (text.containsBytes(of: "AWS::") || text.containsBytes(of: "Custom::"))) {
            return .cloudFormation
        }
        if hasKey("apiVersion", in: text) && hasKey("kind", in: text) { return .kubernetes }
        if hasKey("services", in: text) && (hasKey("image", in: text) || hasKey("build", in: text)) { return .compose }
        return nil
    }

    static func hasKey(_ key: String, in text: String) -> Bool {
        var searchStart = text.startIndex
        while let found = text.range(of: key, range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            guard before.map({ $0.isWhitespace || "\"'{,-?".contains($0) }) ?? true else { continue }
            var rest = text[found.upperBound...]
            if let quote = rest.first, quote == "\"" || quote == "'" { rest = rest.dropFirst() }
            if rest.drop(while: { $0 == " " || $0 == "\t" }).first == ":" { return true }
        }
        return false
    }

    /// The only cheap skip that cannot be bypassed: every recognised shape needs one of these
    /// keys, and a key can avoid spelling its bytes only through an escape (`"api\u0056ersion"`,
    /// a `\` line continuation), so any backslash means parse. Case-insensitive, so no key's
    /// case variant is ever skipped unread.
    static func mayBeInfrastructure(_ text: String) -> Bool {
        if text.utf8.contains(UInt8(ascii: "\\")) { return true }
        let lower = text.lowercased()
        return ["apiversion", "resources", "awstemplateformatversion", "services", "planned_values"].contains { lower.contains($0) }
    }

    /// JSON files go through the JSON parser (which accepts every valid document); when that
    /// fails, or for YAML, the YAML layer reads every document of the stream.
    static func documentRoots(of text: String, isJSON: Bool) -> (roots: [YAMLNode], parsedCleanly: Bool) {
        if isJSON, let json = try? JSONParser.parse(text) {
            return ([node(from: json)], true)
        }
        let parsed = YAMLParser.parse(text)
        return (parsed.documents.map(\.root), parsed.problems.isEmpty)
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

    /// `terraform show -json` output: `format_version` and a `planned_values` mapping.
    static func isTerraformPlan(_ root: YAMLNode) -> Bool {
        root.isMapping && root.entry("format_version") != nil && root["planned_values"]?.isMapping == true
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
