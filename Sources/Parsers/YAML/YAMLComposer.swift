import CYaml

/// Builds `YAMLNode` trees straight from libyaml's events (the C parser Yams bundles), enforcing
/// `YAMLLimits` while it goes. Yams' `compose` is not used: it hashes whole key nodes to find
/// duplicates, so aliases used as keys make it hang, and its nodes carry no key positions.
struct YAMLComposer {
    let dialect: YAMLDialect
    let limits: YAMLLimits
    let lineOffset: Int

    /// Composes the chunk's documents; `nodeCount` carries the file's node budget across chunks.
    func compose(_ text: Substring, nodeCount: inout Int) -> (roots: [YAMLNode], problem: ParseProblem?) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return ([], nil) }
        return bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return ([], ParseProblem(line: lineOffset + 1, message: "the YAML parser could not start"))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

            var roots: [YAMLNode] = []
            var document = DocumentBuilder(dialect: dialect, limits: limits, lineOffset: lineOffset, nodeCount: nodeCount)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return (roots, syntaxProblem(parser, in: bytes, lastLine: lastLine(of: text)))
                }
                defer { yaml_event_delete(&event) }
                do throws(DocumentBuilder.Failure) {
                    switch event.type {
                    case YAML_STREAM_END_EVENT:
                        return (roots, nil)
                    case YAML_DOCUMENT_START_EVENT:
                        let start = event.data.document_start
                        if dialect.refusesDirectives,
                           start.version_directive != nil || start.tag_directives.start != start.tag_directives.end {
                            throw DocumentBuilder.Failure(line: Int(event.start_mark.line) + 1 + lineOffset,
                                message: "kubectl cuts the stream at `---` lines before parsing, so it cannot read a `%` directive")
                        }
                        document = DocumentBuilder(dialect: dialect, limits: limits, lineOffset: lineOffset, nodeCount: nodeCount)
                    case YAML_DOCUMENT_END_EVENT:
                        nodeCount = document.nodeCount
                        if let root = document.root { roots.append(root) }
                    default:
                        try document.handle(event)
                    }
                } catch {
                    nodeCount = document.nodeCount
                    return (roots, ParseProblem(line: error.line, message: error.message))
                }
            }
        }
    }

    /// libyaml reports errors found at the end of input on the line after it; keep them inside the document.
    /// A reader error (a control character, invalid UTF-8) has a byte offset instead of a mark.
    private func syntaxProblem(_ parser: yaml_parser_t, in bytes: [UInt8], lastLine: Int) -> ParseProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let context = parser.context.map { " \(String(cString: $0))" } ?? ""
        let markLine: Int
        if parser.error == YAML_READER_ERROR {
            let before = String(decoding: bytes.prefix(Int(parser.problem_offset)), as: UTF8.self)
            markLine = before.reduce(0) { $1.isNewline ? $0 + 1 : $0 }
        } else {
            markLine = Int(parser.problem_mark.line)
        }
        let line = min(markLine + 1 + lineOffset, lastLine)
        return ParseProblem(line: line, message: "YAML syntax error: \(problem)\(context)")
    }

    private func lastLine(of text: Substring) -> Int {
        let trimmed = text.last?.isNewline == true ? text.dropLast() : text
        return lineOffset + trimmed.reduce(1) { $1.isNewline ? $0 + 1 : $0 }
    }
}
