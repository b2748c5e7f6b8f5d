import Foundation
import InfragateParsers
import InfragateRules

/// The suppression comments of the tools teams migrate from, honoured through the catalog's
/// equivalent ids, so adopting infragate does not reopen what was reviewed and accepted there:
///
/// - `checkov:skip=CKV_AWS_20[,CKV_…]:reason` (the reason is required, as Checkov allows one)
/// - `trivy:ignore:AVD-AWS-0092`, `tfsec:ignore:AVD-AWS-0092` (AVD ids; tfsec's long names have no
///   equivalent in the catalog and are reported)
/// - `hadolint ignore=DL3008,DL3009`
/// - `kics-scan ignore-line` and `kics-scan ignore-block` (no id: every rule with a KICS equivalent)
/// - the annotations `ignore-check.kube-linter.io/<check>: "reason"` and `kube-linter.io/ignore-all`
///   (the reason is required), covering the whole object
///
/// A comment alone on its line covers the next code line, and the whole block when that line opens
/// one (a Terraform `{`, or the YAML lines indented under it for `ignore-block`); a trailing comment
/// its own line; a Checkov comment inside a Terraform block covers that top-level block, where
/// Checkov reads it. An id the catalog does not map, or a comment without a required reason, is a
/// notice and suppresses nothing. The policy's `inline_suppressions` scope applies as to
/// `infragate:ignore`, and gate findings are never covered. Linear in the file.
public struct PeerSuppressions: Sendable {
    public struct Suppression: Sendable {
        public let ruleIDs: Set<String>
        /// What the peer's comment said, as the suppression's reason.
        public let reason: String
        public let lines: ClosedRange<Int>
    }

    public let suppressions: [Suppression]
    /// `line: message` for what was not honoured.
    public let problems: [ParseProblem]

    fileprivate static let markers = ["checkov:skip=", "trivy:ignore:", "tfsec:ignore:", "hadolint ignore=", "kics-scan ignore-",
                                  "kube-linter.io/"]

    /// Infragate rule ids by peer tool and the peer's own id (upper-cased).
    private static let equivalents: [String: [String: Set<String>]] = {
        var map: [String: [String: Set<String>]] = [:]
        for rule in RuleCatalog.all {
            for equivalent in rule.equivalents {
                map[equivalent.tool, default: [:]][equivalent.id.uppercased(), default: []].insert(rule.id)
            }
        }
        return map
    }()

    public static func scan(_ text: String, kind: FileKind?, scope: InlineSuppressionScope) -> PeerSuppressions {
        guard markers.contains(where: { text.containsBytes(of: $0) }) else { return PeerSuppressions(suppressions: [], problems: []) }
        var scanner = PeerScanner(lines: text.split(separator: "\n", omittingEmptySubsequences: false), kind: kind, scope: scope,
                                  markedLines: linesNamingMarkers(in: text))
        scanner.run()
        return PeerSuppressions(suppressions: scanner.suppressions, problems: scanner.problems)
    }

    /// The 0-based indexes of the lines holding a marker: one pass over the bytes for line starts, one
    /// search per marker, so the comment parser reads only those lines.
    private static func linesNamingMarkers(in text: String) -> Set<Int> {
        let bytes = Array(text.utf8)
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
        var lines = Set<Int>()
        for marker in markers {
            let pattern = Array(marker.utf8)
            var start = 0
            while start + pattern.count <= bytes.count {
                if bytes[start] == pattern[0], pattern.indices.allSatisfy({ bytes[start + $0] == pattern[$0] }) {
                    // The last line start at or before the match.
                    var low = 0, high = lineStarts.count - 1
                    while low < high {
                        let middle = (low + high + 1) / 2
                        if lineStarts[middle] <= start { low = middle } else { high = middle - 1 }
                    }
                    lines.insert(low)
                }
                start += 1
            }
        }
        return lines
    }

    /// The suppression covering a finding of `ruleID` on `line`, if any.
    public func suppression(for ruleID: String, line: Int) -> Suppression? {
        guard !InlineSuppressionScope.isGateRule(ruleID) else { return nil }
        return suppressions.first { $0.lines.contains(line) && $0.ruleIDs.contains(ruleID) }
    }

    fileprivate static func rules(tool: String, id: String) -> Set<String>? {
        equivalents[tool]?[id.uppercased()]
    }

    fileprivate static func rules(withAnyEquivalentIn tool: String) -> Set<String> {
        Set(equivalents[tool]?.values.flatMap { $0 } ?? [])
    }
}

private struct PeerScanner {
    let lines: [Substring]
    let kind: FileKind?
    let scope: InlineSuppressionScope
    var suppressions: [PeerSuppressions.Suppression] = []
    var problems: [ParseProblem] = []
    /// Terraform: the closing line of each line that opens a block, and each line's top-level block.
    private var blockEnd: [Int: Int] = [:]
    private var topLevelBlock: [Int: ClosedRange<Int>] = [:]
    /// By 0-based index: the first code line at or after it (1-based), the last line indented under
    /// it (1-based), and the end of its YAML document; each from one backward pass, so that every
    /// comment's reach costs a look-up.
    private var nextCodeLine: [Int?] = []
    private var indentedUntil: [Int] = []
    private var documentEnd: [Int] = []
    private let markedLines: Set<Int>

    init(lines: [Substring], kind: FileKind?, scope: InlineSuppressionScope, markedLines: Set<Int>) {
        self.lines = lines
        self.markedLines = markedLines
        self.kind = kind
        self.scope = scope
        if kind == .terraform { indexBlocks() }
        indexLines()
    }

    private mutating func indexLines() {
        let isBlank = lines.map { line in line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
        // By 0-based index: the 1-based number of the last non-blank line before it (0: none).
        var nonBlankBefore = Array(repeating: 0, count: lines.count + 1)
        for index in lines.indices {
            nonBlankBefore[index + 1] = isBlank[index] ? nonBlankBefore[index] : index + 1
        }
        nextCodeLine = Array(repeating: nil, count: lines.count + 1)
        indentedUntil = Array(repeating: 0, count: lines.count)
        documentEnd = Array(repeating: lines.count, count: lines.count)
        // Later lines not yet shadowed by a nearer one indented as much or less: (indentation, index).
        var shallower: [(indentation: Int, index: Int)] = []
        var end = lines.count
        for index in lines.indices.reversed() {
            let line = lines[index]
            let content = line.drop { $0 == " " || $0 == "\t" }
            nextCodeLine[index] = !isBlank[index] && content.first != "#" && !content.hasPrefix("//") ? index + 1 : nextCodeLine[index + 1]
            if line.hasPrefix("---") { end = index }
            documentEnd[index] = end
            guard !isBlank[index] else { continue }
            let indentation = line.count - content.count
            while let top = shallower.last, top.indentation > indentation { shallower.removeLast() }
            // Under this line: everything up to the last non-blank line before the next one indented as much or less.
            indentedUntil[index] = max(index + 1, nonBlankBefore[shallower.last?.index ?? lines.count])
            shallower.append((indentation, index))
        }
    }

    mutating func run() {
        var documentStart = 1
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if line.hasPrefix("---") { documentStart = number + 1 }
            // Most lines name no peer tool: they were found once, by bytes, before any comment parsing.
            guard markedLines.contains(index) else { continue }
            if line.contains("kube-linter.io/") { readAnnotation(line, number: number, object: documentStart...max(documentStart, documentEnd[index])) }
            guard let comment = commentBody(line) else { continue }
            let standalone = line.drop { $0 == " " || $0 == "\t" }.first.map { $0 == "#" || $0 == "/" } ?? false
            read(comment.text, number: number, standalone: standalone)
        }
    }

    /// The text after `#` or `//` when the line has one that starts a comment (at the line's start or after a blank).
    private func commentBody(_ line: Substring) -> (text: Substring, start: Substring.Index)? {
        var previous: Character = " "
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if previous == " " || previous == "\t" {
                if character == "#" { return (line[line.index(after: index)...].drop { $0 == " " }, index) }
                if character == "/", line[index...].hasPrefix("//") { return (line[line.index(index, offsetBy: 2)...].drop { $0 == " " }, index) }
            }
            previous = character
            index = line.index(after: index)
        }
        return nil
    }

    private mutating func read(_ comment: Substring, number: Int, standalone: Bool) {
        if let rest = comment.dropPrefix("checkov:skip=") {
            let parts = rest.split(separator: ":", maxSplits: 1)
            let ids = parts.first.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
            let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            guard !reason.isEmpty else {
                problems.append(ParseProblem(line: number, message: "`checkov:skip=\(ids.joined(separator: ","))` gives no reason (`checkov:skip=ID:why it is safe`); it suppresses nothing"))
                return
            }
            let lines = insideTerraformBlock(number) ?? covered(after: number, standalone: standalone, block: true)
            add(tool: "checkov", ids: ids, reason: "checkov:skip \(ids.joined(separator: ",")): \(reason)", lines: lines, number: number)
        } else if let rest = comment.dropPrefix("trivy:ignore:") ?? comment.dropPrefix("tfsec:ignore:") {
            let id = String(rest.prefix { !$0.isWhitespace && $0 != ":" })
            let tool = comment.hasPrefix("trivy") ? "trivy" : "tfsec"
            add(tool: "trivy", ids: [id], reason: "\(tool):ignore:\(id)", lines: covered(after: number, standalone: standalone, block: true),
                number: number)
        } else if let rest = comment.dropPrefix("hadolint ignore=") {
            let ids = rest.prefix { !$0.isWhitespace }.split(separator: ",").map(String.init)
            add(tool: "hadolint", ids: ids, reason: "hadolint ignore=\(ids.joined(separator: ","))",
                lines: covered(after: number, standalone: standalone, block: false), number: number)
        } else if let rest = comment.dropPrefix("kics-scan ignore-") {
            let block = rest.hasPrefix("block")
            guard block || rest.hasPrefix("line") else { return }
            let lines = covered(after: number, standalone: standalone, block: block)
            append(PeerSuppressions.rules(withAnyEquivalentIn: "kics"), reason: "kics-scan ignore-\(block ? "block" : "line")", lines: lines, number: number)
        }
    }

    /// `ignore-check.kube-linter.io/<check>: "reason"` or `kube-linter.io/ignore-all: "reason"`: the whole object.
    private mutating func readAnnotation(_ line: Substring, number: Int, object: ClosedRange<Int>) {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard let colon = text.firstIndex(of: ":") else { return }
        let key = text[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        let reason = text[text.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        let ids: Set<String>
        if key == "kube-linter.io/ignore-all" {
            ids = PeerSuppressions.rules(withAnyEquivalentIn: "kube-linter")
        } else if let check = key.dropPrefix("ignore-check.kube-linter.io/") {
            guard let mapped = PeerSuppressions.rules(tool: "kube-linter", id: String(check)) else {
                problems.append(ParseProblem(line: number, message: "kube-linter check `\(check)` has no infragate equivalent; the annotation suppresses nothing here"))
                return
            }
            ids = mapped
        } else {
            return
        }
        guard !reason.isEmpty else {
            problems.append(ParseProblem(line: number, message: "`\(key)` gives no reason; it suppresses nothing until its value says why"))
            return
        }
        append(ids, reason: "\(key): \(reason)", lines: object, number: number)
    }

    private mutating func add(tool: String, ids: [String], reason: String, lines: ClosedRange<Int>?, number: Int) {
        var mapped = Set<String>()
        for id in ids where !id.isEmpty {
            guard let rules = PeerSuppressions.rules(tool: tool, id: id) else {
                problems.append(ParseProblem(line: number, message: "\(tool) id `\(id)` has no infragate equivalent; it suppresses nothing here (`infragate rules` lists the mapped ids)"))
                continue
            }
            mapped.formUnion(rules)
        }
        append(mapped, reason: reason, lines: lines, number: number)
    }

    private mutating func append(_ ruleIDs: Set<String>, reason: String, lines: ClosedRange<Int>?, number: Int) {
        guard let lines, !ruleIDs.isEmpty else { return }
        let permitted = ruleIDs.filter { scope.permits(ruleID: $0) && !InlineSuppressionScope.isGateRule($0) }
        if permitted.count < ruleIDs.count {
            problems.append(ParseProblem(line: number, message: "the policy does not allow \(ruleIDs.subtracting(permitted).sorted().joined(separator: ", ")) to be suppressed inline (inline_suppressions: \(scope.description)); not honoured"))
        }
        guard !permitted.isEmpty else { return }
        suppressions.append(.init(ruleIDs: permitted, reason: reason, lines: lines))
    }

    /// A trailing comment covers its line; a standalone one the next code line, and with `block`
    /// what that line opens.
    private func covered(after number: Int, standalone: Bool, block: Bool) -> ClosedRange<Int>? {
        guard standalone else { return number...number }
        guard number < lines.count, let target = nextCodeLine[number] else { return nil }
        guard block else { return target...target }
        if let end = blockEnd[target] { return target...end }
        // YAML: the lines indented under the target.
        return target...indentedUntil[target - 1]
    }

    private func insideTerraformBlock(_ number: Int) -> ClosedRange<Int>? {
        topLevelBlock[number]
    }

    /// Brace depth line by line, skipping string literals and comments: which line closes each
    /// opening line, and which top-level block holds each line.
    private mutating func indexBlocks() {
        var open: [Int] = []
        var topStart: Int?
        for (index, line) in lines.enumerated() {
            let number = index + 1
            var inString = false
            var escaped = false
            var previous: Character = " "
            for character in line {
                defer { previous = character }
                if inString {
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                    continue
                }
                if character == "#" || (character == "/" && previous == "/") { break }
                switch character {
                case "\"": inString = true
                case "{":
                    if open.isEmpty { topStart = number }
                    open.append(number)
                case "}":
                    guard let start = open.popLast() else { continue }
                    if blockEnd[start] == nil { blockEnd[start] = number }
                    if open.isEmpty, let top = topStart {
                        for covered in top...number { topLevelBlock[covered] = top...number }
                        topStart = nil
                    }
                default: break
                }
            }
        }
    }
}

private extension Substring {
    func dropPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}

private extension String {
    func dropPrefix(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
