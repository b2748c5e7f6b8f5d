import CYaml

/// Turns one document's events into a tree with an explicit stack (no recursion driven by input),
/// resolving aliases by sharing, typing scalars and applying `<<` merge keys and duplicate keys as
/// the dialect's consumer does. Fails on what the consumer refuses (a tag the text does not fit,
/// a duplicate key in the strict dialect, any anchor or tag in the policy) and on what consumers
/// would read differently from each other or from a scanner: non-scalar or aliased keys,
/// undefined aliases.
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
        /// Where each key's entry is in `entries`, and whether it was written in this mapping
        /// (not brought by a merge).
        var slots: [String: (index: Int, isExplicit: Bool)] = [:]
        var pendingKey: (text: String, line: Int, isMerge: Bool)?
        var mergeSources: [YAMLNode] = []
        var hasMergeKey = false
        var size = 1
    }

    private let dialect: YAMLDialect
    private let limits: YAMLLimits
    private let lineOffset: Int
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    /// Nodes of the file so far, this document's included.
    private(set) var nodeCount: Int
    private var aliasCount = 0
    private(set) var root: YAMLNode?

    init(dialect: YAMLDialect, limits: YAMLLimits, lineOffset: Int, nodeCount: Int) {
        self.dialect = dialect
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
            let anchor = Self.string(data.anchor), tag = Self.string(data.tag)
            try refuseUnlessAllowed(anchor: anchor, tag: tag, at: line)
            let node = try scalarNode(text, isPlain: data.style == YAML_PLAIN_SCALAR_STYLE, tag: tag,
                                      line: line, column: column)
            try count(nodes: 1, at: line)
            try attach(node, size: 1, anchor: anchor)
        case YAML_ALIAS_EVENT:
            if let refusal = dialect.anchorRefusal { throw Failure(line: line, message: refusal) }
            try resolveAlias(Self.string(event.data.alias.anchor) ?? "", at: line)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            let anchor = Self.string(data.anchor), tag = Self.string(data.tag)
            try refuseUnlessAllowed(anchor: anchor, tag: tag, at: line)
            try open(Frame(isMapping: false, line: line, column: column, anchor: anchor, tag: tag))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            let anchor = Self.string(data.anchor), tag = Self.string(data.tag)
            try refuseUnlessAllowed(anchor: anchor, tag: tag, at: line)
            try open(Frame(isMapping: true, line: line, column: column, anchor: anchor, tag: tag))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try close()
        default:
            break
        }
    }

    /// Fails on an anchor or a tag the dialect refuses.
    private func refuseUnlessAllowed(anchor: String?, tag: String?, at line: Int) throws(Failure) {
        if anchor != nil, let refusal = dialect.anchorRefusal { throw Failure(line: line, message: refusal) }
        if tag != nil, let refusal = dialect.tagRefusal { throw Failure(line: line, message: refusal) }
    }

    private func scalarNode(_ text: String, isPlain: Bool, tag: String?, line: Int, column: Int) throws(Failure) -> YAMLNode {
        let resolved: (text: String, value: YAMLScalar.Value)
        do throws(YAMLScalarResolver.Failure) {
            resolved = try YAMLScalarResolver.resolve(text, isPlain: isPlain, tag: tag)
        } catch {
            throw Failure(line: line, message: error.message)
        }
        if dialect.refusesNonFiniteNumbers, case .float(let float) = resolved.value, !float.isFinite {
            throw Failure(line: line, message: "`\(text)` is not a finite number, which JSON (and so kubectl) cannot hold")
        }
        var value = resolved.value
        if dialect.castsStringsLikeCompose, value == .string {
            value = YAMLScalarResolver.composeCast(of: resolved.text) ?? .string
        }
        let scalar = YAMLScalar(text: resolved.text, isPlain: isPlain, value: value)
        return YAMLNode(content: .scalar(scalar), line: line, column: column, tag: tag)
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
            content = .mapping(try explicitKeysMerged(frame))
        } else {
            content = .sequence(frame.items)
        }
        let node = YAMLNode(content: content, line: frame.line, column: frame.column, tag: frame.tag)
        try attach(node, size: frame.size, anchor: frame.anchor)
    }

    /// The YAML merge spec, applied once the mapping is complete: explicit entries win over
    /// merged ones; earlier merge sources win over later ones. (In document order, merges were
    /// applied as they came and `mergeSources` is empty.)
    private func explicitKeysMerged(_ frame: Frame) throws(Failure) -> [YAMLEntry] {
        guard !frame.mergeSources.isEmpty else { return frame.entries }
        var entries = frame.entries
        var present = Set(frame.slots.keys)
        for source in try Self.mappings(mergedBy: frame.mergeSources) {
            for entry in source.entries where present.insert(entry.key).inserted {
                entries.append(entry)
            }
        }
        return entries
    }

    /// The mappings a `<<` value stands for: one mapping or a sequence of them, earliest first.
    private static func mappings(mergedBy values: [YAMLNode]) throws(Failure) -> [YAMLNode] {
        let sources = values.flatMap { $0.isSequence ? $0.items : [$0] }
        if let notMapping = sources.first(where: { !$0.isMapping }) {
            throw Failure(line: notMapping.line, message: "a `<<` merge key must refer to mappings")
        }
        return sources
    }

    /// A merge in document order (go-yaml v2, Psych): its keys are assigned where `<<` stands,
    /// earlier sources winning over later ones.
    private func mergeInDocumentOrder(_ value: YAMLNode, into frame: inout Frame, mergeLine: Int) throws(Failure) {
        for source in try Self.mappings(mergedBy: [value]).reversed() {
            for entry in source.entries {
                if dialect.refusesMergeOverridingExplicitKey, let slot = frame.slots[entry.key], slot.isExplicit {
                    throw Failure(line: mergeLine, message: "the `<<` merge replaces key `\(entry.key)` set before it at line "
                        + "\(frame.entries[slot.index].keyLine): kubectl apply -f reads the merged value, kustomize the explicit one; "
                        + "write `<<` first")
                }
                assign(entry, isExplicit: false, in: &frame)
            }
        }
    }

    /// Sets a key, replacing an earlier value in place (last wins).
    private func assign(_ entry: YAMLEntry, isExplicit: Bool, in frame: inout Frame) {
        if let slot = frame.slots[entry.key] {
            frame.entries[slot.index] = entry
            frame.slots[entry.key] = (slot.index, isExplicit)
        } else {
            frame.slots[entry.key] = (frame.entries.count, isExplicit)
            frame.entries.append(entry)
        }
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
            let isMerge = dialect.isMergeKey(text, isPlain: node.scalar?.isPlain == true, tag: node.tag)
            if isMerge, let refusal = dialect.mergeKeyRefusal {
                throw Failure(line: node.line, message: refusal)
            }
            if dialect.duplicateKeys == .refused {
                let isRepeated = isMerge ? parent.hasMergeKey : parent.slots[text] != nil
                guard !isRepeated else {
                    throw Failure(line: node.line, message: "duplicate key `\(text)`: consumers would read a different value than the one checked")
                }
            }
            parent.hasMergeKey = parent.hasMergeKey || isMerge
            parent.pendingKey = (text, node.line, isMerge)
            return
        }
        parent.pendingKey = nil
        switch (key.isMerge, dialect.mergeOrder) {
        case (true, .explicitKeysWin):
            parent.mergeSources.append(node)
        case (true, .documentOrder):
            try mergeInDocumentOrder(node, into: &parent, mergeLine: key.line)
        case (false, .explicitKeysWin):
            parent.slots[key.text] = (parent.entries.count, true)
            parent.entries.append(YAMLEntry(key: key.text, keyLine: key.line, value: node))
        case (false, .documentOrder):
            assign(YAMLEntry(key: key.text, keyLine: key.line, value: node), isExplicit: true, in: &parent)
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
