/// A value on its way through a template, with the values key it was read from (`image.tag`),
/// so a finding on what it rendered to can name the key that decided it.
public struct Evaluated: Sendable {
    public var value: TemplateValue
    public var origin: String?

    public init(_ value: TemplateValue, origin: String? = nil) {
        self.value = value
        self.origin = origin
    }
}

/// What a template rendered to, and for each output line the template line that wrote its first
/// non-blank character and the values key of the first value printed on it.
public struct RenderedText: Sendable {
    public let text: String
    /// `templateLines[n - 1]` is the template line behind output line n.
    public let templateLines: [Int]
    /// Output line → the values key whose value was printed on it.
    public let valueKeys: [Int: String]

    public func templateLine(forOutputLine line: Int) -> Int {
        guard line >= 1, line <= templateLines.count else { return 1 }
        return max(templateLines[line - 1], 1)
    }
}

/// The output being written, with line attribution when it is a template's own (not an `include`'s).
struct TemplateOutput {
    private(set) var text = ""
    private var lines: [Int] = [0]
    private var keys: [Int: String] = [:]
    private let recordsLines: Bool

    init(recordsLines: Bool) {
        self.recordsLines = recordsLines
    }

    var byteCount: Int { text.utf8.count }

    /// Text written from template line `line`: a text node advances the template line at each
    /// newline, an action's output stays on its action's line.
    mutating func write(_ piece: String, line: Int, advancing: Bool, origin: String? = nil) {
        guard !piece.isEmpty else { return }
        text += piece
        guard recordsLines else { return }
        var templateLine = line
        for byte in piece.utf8 {
            if byte == 0x0A {
                lines.append(0)
                if advancing { templateLine += 1 }
            } else if byte != 0x20, byte != 0x09, byte != 0x0D, lines[lines.count - 1] == 0 {
                lines[lines.count - 1] = templateLine
                if let origin, keys[lines.count] == nil { keys[lines.count] = origin }
            } else if let origin, byte != 0x20, byte != 0x09, byte != 0x0D, keys[lines.count] == nil {
                keys[lines.count] = origin
            }
        }
    }

    func rendered() -> RenderedText {
        RenderedText(text: text, templateLines: lines, valueKeys: keys)
    }
}
