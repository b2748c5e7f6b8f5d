import InfragateParsers
import Foundation
import InfragateRules

/// Finds `infragate:` directives in a file's bytes. Linear in the file: a byte loop for the
/// marker, and one shared forward cursor for "the next line that is code".
struct SuppressionScanner {
    private static let marker = Array("infragate:".utf8)
    private static let directive = "ignore"
    private static let newline = UInt8(ascii: "\n")

    let bytes: [UInt8]
    let knownRuleIDs: Set<String>
    let scope: InlineSuppressionScope
    let trailingComments: Bool
    private(set) var suppressions: [InlineSuppression] = []
    private(set) var problems: [ParseProblem] = []
    /// What the last "next code line" search found (nil: none before the end), and where it stopped.
    /// Searches start at increasing offsets, so a later one that starts before that point reuses it.
    private var lastCodeLine: (line: Int?, start: Int)?

    init(bytes: [UInt8], knownRuleIDs: Set<String>, scope: InlineSuppressionScope, trailingComments: Bool) {
        self.bytes = bytes
        self.knownRuleIDs = knownRuleIDs
        self.scope = scope
        self.trailingComments = trailingComments
    }

    mutating func run() {
        for candidate in linesMentioningMarker() {
            readDirective(lineStart: candidate.start, lineEnd: candidate.end, line: candidate.number)
        }
    }

    /// The lines that contain `infragate:` at all: the only ones worth a closer look.
    private func linesMentioningMarker() -> [(number: Int, start: Int, end: Int)] {
        bytes.withUnsafeBufferPointer { buffer in
            var lines: [(number: Int, start: Int, end: Int)] = []
            var number = 1
            var lineStart = 0
            var index = 0
            while index < buffer.count {
                if buffer[index] == Self.newline {
                    number += 1
                    lineStart = index + 1
                } else if buffer[index] == Self.marker[0], startsMarker(at: index) {
                    let lineEnd = endOfLine(from: index)
                    lines.append((number, lineStart, lineEnd))
                    index = lineEnd
                    continue
                }
                index += 1
            }
            return lines
        }
    }

    /// Reads the first `infragate:` on the line that follows a comment marker; others are plain text.
    private mutating func readDirective(lineStart: Int, lineEnd: Int, line: Int) {
        var search = lineStart
        while let found = firstMarker(from: search, to: lineEnd) {
            search = found + Self.marker.count
            guard let commentStart = commentMarker(endingBefore: found, lineStart: lineStart) else { continue }
            let isStandalone = bytes[lineStart..<commentStart].allSatisfy(Self.isBlank)
            guard isStandalone || trailingComments else {
                problems.append(ParseProblem(line: line, message: "`infragate:` after an instruction is not a comment in a Dockerfile (BuildKit passes it to the instruction); put the directive on its own line above; it suppresses nothing"))
                return
            }
            let body = String(decoding: bytes[search..<lineEnd], as: UTF8.self)
            switch parse(body) {
            case .malformed(let problem):
                problems.append(ParseProblem(line: line, message: problem))
            case .ignore(let ruleIDs, let reason):
                guard let target = isStandalone ? codeLine(after: lineEnd, line: line) : line else { return }
                suppressions.append(InlineSuppression(ruleIDs: ruleIDs, reason: reason, line: line, targetLine: target))
            }
            return
        }
    }

    private enum Directive {
        case ignore(ruleIDs: [String], reason: String)
        case malformed(String)
    }

    /// `ignore RULE-A,RULE-B reason` → the ids and the reason, or why it suppresses nothing.
    private func parse(_ body: String) -> Directive {
        let word = body.prefix { !$0.isWhitespace }
        guard word == Self.directive else {
            return .malformed("unknown directive `infragate:\(word)`; the only one is `infragate:ignore RULE-ID reason`")
        }
        var rest = body.dropFirst(word.count).drop(while: \.isWhitespace)
        var ruleIDs: [String] = []
        while true {
            let ruleID = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            guard !ruleID.isEmpty else {
                return .malformed("`infragate:ignore` needs rule ids, then a reason: `infragate:ignore RULE-ID why it is safe`")
            }
            ruleIDs.append(ruleID.uppercased())
            rest = rest.dropFirst(ruleID.count).drop { $0 == " " || $0 == "\t" }
            guard rest.first == "," else { break }
            rest = rest.dropFirst().drop(while: \.isWhitespace)
        }
        if let unknown = ruleIDs.first(where: { !knownRuleIDs.contains($0) }) {
            return .malformed("`infragate:ignore` names unknown rule `\(unknown)`; it suppresses nothing")
        }
        if let gateRule = ruleIDs.first(where: InlineSuppressionScope.isGateRule) {
            return .malformed("`\(gateRule)` is the gate's own finding and cannot be suppressed inline; only the trusted policy can lower it (`rules:` severity or a waiver); this comment suppresses nothing")
        }
        if let refused = ruleIDs.first(where: { !scope.permits(ruleID: $0) }) {
            return .malformed("the policy does not allow `\(refused)` to be suppressed inline (inline_suppressions: \(scope.description)); this comment suppresses nothing")
        }
        let reason = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            return .malformed("`infragate:ignore \(ruleIDs.joined(separator: ","))` gives no reason; it suppresses nothing until it says why")
        }
        return .ignore(ruleIDs: ruleIDs, reason: reason)
    }

    /// The line after `lineEnd` that is neither blank nor a comment, if the file has one.
    private mutating func codeLine(after lineEnd: Int, line: Int) -> Int? {
        if let last = lastCodeLine, last.start > lineEnd { return last.line }
        var start = lineEnd + 1
        var number = line + 1
        while start < bytes.count {
            let end = endOfLine(from: start)
            let content = bytes[start..<end].drop(while: Self.isBlank)
            let isComment = content.first == UInt8(ascii: "#") || content.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")])
            if !content.isEmpty, !isComment {
                lastCodeLine = (number, start)
                return number
            }
            start = end + 1
            number += 1
        }
        lastCodeLine = (nil, bytes.count + 1)
        return nil
    }

    /// Where `#` or `//` starts if only blanks separate it from `position`. The marker itself must
    /// start the line or follow a blank, so `http://infragate:8080` is not a comment.
    private func commentMarker(endingBefore position: Int, lineStart: Int) -> Int? {
        var end = position
        while end > lineStart, Self.isBlank(bytes[end - 1]) { end -= 1 }
        let start: Int
        if end - 1 >= lineStart, bytes[end - 1] == UInt8(ascii: "#") {
            start = end - 1
        } else if end - 2 >= lineStart, bytes[end - 1] == UInt8(ascii: "/"), bytes[end - 2] == UInt8(ascii: "/") {
            start = end - 2
        } else {
            return nil
        }
        return start == lineStart || Self.isBlank(bytes[start - 1]) ? start : nil
    }

    private func firstMarker(from start: Int, to end: Int) -> Int? {
        var index = start
        while index + Self.marker.count <= end {
            if startsMarker(at: index) { return index }
            index += 1
        }
        return nil
    }

    private func startsMarker(at index: Int) -> Bool {
        index + Self.marker.count <= bytes.count && bytes[index..<index + Self.marker.count].elementsEqual(Self.marker)
    }

    private func endOfLine(from index: Int) -> Int {
        bytes[index...].firstIndex(of: Self.newline) ?? bytes.count
    }

    /// Spaces, tabs and the `\r` of CRLF line ends.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
