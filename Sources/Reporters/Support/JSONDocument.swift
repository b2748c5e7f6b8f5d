import Foundation

/// JSON output with a stable key order and no escaped slashes, so reports diff cleanly between runs.
enum JSONDocument {
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            // Only non-finite floating-point numbers fail to encode; these documents hold none.
            preconditionFailure("report document failed to encode: \(error)")
        }
    }
}
