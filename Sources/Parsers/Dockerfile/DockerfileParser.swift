/// Turns Dockerfile text into logical instructions the way BuildKit reads it: parser directives
/// at the top, comments, line continuations (comment and blank lines inside them are dropped) and
/// heredoc bodies. One pass over the lines; stages are assembled afterwards by `StageAssembler`.
struct DockerfileParser {
    /// An instruction before its arguments are interpreted.
    struct LogicalInstruction {
        let keyword: String
        let rawArguments: String
        let line: Int
        let endLine: Int
        let heredocs: [Heredoc]
    }

    static let knownKeywords: Set<String> = [
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
        "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ]
    /// The instructions BuildKit reads heredocs for.
    private static let heredocKeywords: Set<String> = ["RUN", "COPY", "ADD"]
    private static let directiveNames: Set<String> = ["syntax", "escape", "check"]

    private let lines: [Substring]
    private var problems = ProblemList()

    init(text: String) {
        // "\r\n" is a single Character in Swift, so it must be named as a separator on its own.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        self.lines = lines
    }

    mutating func parse() -> Dockerfile {
        var index = 0
        let directives = readDirectives(from: &index)
        var instructions: [LogicalInstruction] = []
        while index < lines.count {
            if Self.isBlankOrComment(lines[index]) {
                index += 1
                continue
            }
            if let instruction = readInstruction(from: &index, escape: directives.escape) {
                instructions.append(instruction)
            }
        }
        var assembler = StageAssembler(escape: directives.escape, problems: problems)
        let (globals, stages) = assembler.assemble(instructions)
        if stages.isEmpty {
            assembler.problems.add(line: 1, kind: "no-from", "No `FROM` instruction: the file builds nothing that can be judged")
        }
        return Dockerfile(directives: directives, globalArguments: globals, stages: stages, problems: assembler.problems.all)
    }

    /// Reads `# name=value` lines at the very top; the first other line ends the directives.
    private mutating func readDirectives(from index: inout Int) -> ParserDirectives {
        var escape: Character = "\\"
        var syntax: String?
        var seen = Set<String>()
        while index < lines.count {
            let line = lines[index].trimmingBlanks()
            guard line.first == "#" else { break }
            let body = line.dropFirst()
            guard let equals = body.firstIndex(of: "=") else { break }
            let name = body[..<equals].trimmingBlanks().lowercased()
            guard Self.directiveNames.contains(name) else { break }
            let value = body[body.index(after: equals)...].trimmingBlanks()
            if !seen.insert(name).inserted {
                problems.add(line: index + 1, kind: "directive", "The `\(name)` parser directive is given twice")
            } else if name == "escape" {
                if value == "`" || value == "\\", let character = value.first {
                    escape = character
                } else {
                    problems.add(line: index + 1, kind: "directive", "Invalid escape directive: only `\\` and `` ` `` are allowed")
                }
            } else if name == "syntax" {
                syntax = String(value)
                if !Self.isOfficialFrontend(value) {
                    problems.add(line: index + 1, kind: "directive", "The `syntax` directive selects a custom BuildKit frontend, which decides what this file means")
                }
            }
            index += 1
        }
        return ParserDirectives(escape: escape, syntax: syntax)
    }

    /// `docker/dockerfile:1.7`, `docker.io/docker/dockerfile-upstream:master`…: Docker's own frontends,
    /// which read the file the way this parser does.
    private static func isOfficialFrontend(_ reference: Substring) -> Bool {
        let repository = reference.split(separator: "@").first?.split(separator: ":").first ?? ""
        return ["docker/dockerfile", "docker/dockerfile-upstream", "docker.io/docker/dockerfile", "docker.io/docker/dockerfile-upstream"]
            .contains(String(repository))
    }

    /// Reads one instruction starting at a non-blank, non-comment line and moves past it.
    private mutating func readInstruction(from index: inout Int, escape: Character) -> LogicalInstruction? {
        let start = index
        var end = index
        var content = ""
        var current = lines[index].drop { $0 == " " || $0 == "\t" }
        while let continued = Self.withoutContinuation(current, escape: escape) {
            content += continued
            var next = end + 1
            while next < lines.count, Self.isBlankOrComment(lines[next]) { next += 1 }
            guard next < lines.count else {
                current = ""
                break
            }
            end = next
            current = lines[next]
        }
        content += current
        index = end + 1

        let keywordText = content.prefix { !$0.isWhitespace }
        let keyword = keywordText.uppercased()
        let rawArguments = String(content[keywordText.endIndex...].trimmingBlanks())
        guard Self.knownKeywords.contains(keyword) else {
            // Echo the word only when it looks like a keyword: a stray `TOKEN=…` line must not leak into the report.
            let shown = keywordText.count <= 20 && keywordText.allSatisfy { $0.isASCII && $0.isLetter } ? " `\(keywordText)`" : ""
            problems.add(line: start + 1, kind: "unknown", "Unknown instruction\(shown): Docker would refuse this file")
            return nil
        }
        var heredocs: [Heredoc] = []
        if Self.heredocKeywords.contains(keyword), rawArguments.contains("<<") {
            for marker in ArgumentSyntax.heredocMarkers(in: rawArguments) {
                guard let heredoc = readHeredoc(marker, from: &index) else {
                    problems.add(line: start + 1, kind: "heredoc", "Heredoc `\(marker.delimiter)` is never closed")
                    index = lines.count
                    return LogicalInstruction(keyword: keyword, rawArguments: rawArguments, line: start + 1, endLine: max(lines.count, start + 1), heredocs: heredocs)
                }
                heredocs.append(heredoc)
                end = heredoc.endLine - 1
            }
        }
        return LogicalInstruction(keyword: keyword, rawArguments: rawArguments, line: start + 1, endLine: end + 1, heredocs: heredocs)
    }

    /// Reads body lines up to the delimiter line; nil (index unchanged) if the file ends first.
    private func readHeredoc(_ marker: ArgumentSyntax.HeredocMarker, from index: inout Int) -> Heredoc? {
        var bodyLines: [Substring] = []
        var cursor = index
        while cursor < lines.count {
            let line = marker.stripsLeadingTabs ? lines[cursor].drop { $0 == "\t" } : lines[cursor]
            if line == marker.delimiter {
                index = cursor + 1
                return Heredoc(
                    delimiter: marker.delimiter, body: bodyLines.joined(separator: "\n"), endLine: cursor + 1,
                    stripsLeadingTabs: marker.stripsLeadingTabs, isQuoted: marker.isQuoted)
            }
            bodyLines.append(line)
            cursor += 1
        }
        return nil
    }

    /// The line without its trailing escape character (and the blanks after it), if it continues.
    private static func withoutContinuation(_ line: Substring, escape: Character) -> Substring? {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
        guard trimmed.last == escape else { return nil }
        return trimmed.dropLast()
    }

    private static func isBlankOrComment(_ line: Substring) -> Bool {
        let trimmed = line.trimmingBlanks()
        return trimmed.isEmpty || trimmed.first == "#"
    }
}

private extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingBlanks() -> Substring {
        var result = self.drop { $0 == " " || $0 == "\t" }
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return result
    }
}
