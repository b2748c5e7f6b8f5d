import CYaml

/// Turns one document's events into a tree with an explicit stack (no recursion driven by input),
/// resolving aliases by sharing and applying `<<` merge keys. Fails on anything a consumer would
/// read differently from a scanner: duplicate keys, non-scalar or aliased keys, undefined aliases.
struct DocumentBuilder {
    struct Failure: Error {
        let line: Int
        let message: String
    }

    private struct Frame {
        let isMapping: Bool
        let line: Int
        let column: Int
        let anchor: String?
        let tag: String?
        var items: [YAMLNode] = []
        var entries: [YAMLEntry] = []
        var keys: Set<String> = []
        var pendingKey: (text: String, line: Int, isMerge: Bool)?
        var mergeSources: [YAMLNode] = []
        var size = 1
    }

    private let limits: YAMLLimits
    private let lineOffset: Int
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Nodes of the file so far, this document's included.
    private(set) var nodeCount: Int
    private var aliasCount = 0
    private(set) var root: YAMLNode?

    init(limits: YAMLLimits, lineOffset: Int, nodeCount: Int) {
        self.limits = limits
        self.lineOffset = lineOffset
        self.nodeCount = nodeCount
    }

    mutating func handle(_ event: yaml_event_t) throws(Failure) {
        let line = Int(event.start_mark.line) + 1 + lineOffset
        let column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let scalar = YAMLScalar(text: text, isPlain: data.style == YAML_PLAIN_SCALAR_STYLE)
            let node = YAMLNode(content: .scalar(scalar), line: line, column: column, tag: Self.string(data.tag))
            try count(nodes: 1, at: line)
            try attach(node, size: 1, anchor: Self.string(data.anchor))
        case YAML_ALIAS_EVENT:
            try resolveAlias(Self.string(event.data.alias.anchor) ?? "", at: line)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            try open(Frame(isMapping: false, line: line, column: column,
                           anchor: Self.string(data.anchor), tag: Self.string(data.tag)))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            try open(Frame(isMapping: true, line: line, column: column,
                           anchor: Self.string(data.anchor), tag: Self.string(data.tag)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try close()
        default:
            break
        }
    }

    private mutating func open(_ frame: Frame) throws(Failure) {
        guard stack.count < limits.maxDepth else {
            throw Failure(line: frame.line, message: "YAML nested deeper than \(limits.maxDepth) levels")
        }
        if let parent = stack.last, parent.isMapping, parent.pendingKey == nil {
            throw Failure(line: frame.line, message: "a mapping key is a collection; only scalar keys are supported")
        }
        try count(nodes: 1, at: frame.line)
        stack.append(frame)
    }

    private mutating func close() throws(Failure) {
        guard let frame = stack.popLast() else { return }
        let content: YAMLNode.Content
        if frame.isMapping {
            content = .mapping(try merged(frame))
        } else {
            content = .sequence(frame.items)
        }
        let node = YAMLNode(content: content, line: frame.line, column: frame.column, tag: frame.tag)
        try attach(node, size: frame.size, anchor: frame.anchor)
    }

    /// Explicit entries win over merged ones; earlier merge sources win over later ones.
    private func merged(_ frame: Frame) throws(Failure) -> [YAMLEntry] {
        var entries = frame.entries
        var present = frame.keys
        for source in frame.mergeSources.flatMap({ $0.isSequence ? $0.items : [$0] }) {
            guard source.isMapping else {
                throw Failure(line: source.line, message: "a `<<` merge key must refer to mappings")
            }
            for entry in source.entries where present.insert(entry.key).inserted {
                entries.append(entry)
            }
        }
        return entries
    }

    private mutating func resolveAlias(_ name: String, at line: Int) throws(Failure) {
        aliasCount += 1
        guard aliasCount <= limits.maxAliases else {
            throw Failure(line: line, message: "more than \(limits.maxAliases) YAML aliases; refusing to expand")
        }
        if let parent = stack.last, parent.isMapping, parent.pendingKey == nil {
            throw Failure(line: line, message: "alias `*\(name)` used as a mapping key; refusing to expand")
        }
        guard let target = anchors[name] else {
            throw Failure(line: line, message: "alias `*\(name)` refers to no anchor")
        }
        try count(nodes: target.size, at: line)
        try attach(target.node, size: target.size, anchor: nil)
    }

    /// Counts expanded nodes: an alias costs what it stands for, so a "billion laughs" stops here.
    private mutating func count(nodes: Int, at line: Int) throws(Failure) {
        nodeCount += nodes
        guard nodeCount <= limits.maxNodes else {
            throw Failure(line: line, message: "YAML file expands to more than \(limits.maxNodes) nodes (alias bomb?); refusing to expand")
        }
    }

    private mutating func attach(_ node: YAMLNode, size: Int, anchor: String?) throws(Failure) {
        if let anchor { anchors[anchor] = (node, size) }
        guard var parent = stack.popLast() else {
            root = node
            return
        }
        defer { stack.append(parent) }
        parent.size += size
        guard parent.isMapping else {
            parent.items.append(node)
            return
        }
        guard let key = parent.pendingKey else {
            guard let text = node.scalar?.text else {
                throw Failure(line: node.line, message: "a mapping key is not a scalar")
            }
            let isMerge = text == "<<" && node.scalar?.isPlain == true
            guard isMerge || parent.keys.insert(text).inserted else {
                throw Failure(line: node.line, message: "duplicate key `\(text)`: consumers would read a different value than the one checked")
            }
            parent.pendingKey = (text, node.line, isMerge)
            return
        }
        parent.pendingKey = nil
        if key.isMerge {
            parent.mergeSources.append(node)
        } else {
            parent.entries.append(YAMLEntry(key: key.text, keyLine: key.line, value: node))
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
