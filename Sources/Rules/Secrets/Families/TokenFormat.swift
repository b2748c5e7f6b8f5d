/// A token written as a prefix and segments (`xoxb-` digits `-` digits `-` letters): the shape of most
/// provider credentials. The anchor is the prefix (or a fixed infix such as `.atlasv1.`, with a
/// `leading` run read backwards); each segment is a bounded run of its alphabet, so confirming a
/// candidate reads at most the token's maximum length.
struct TokenFormat: SecretFinder {
    struct Segment: Sendable {
        let alphabet: ByteClass
        let length: ClosedRange<Int>
        /// The byte that closes the segment (a separator), if any.
        let separator: UInt8?

        init(_ alphabet: ByteClass, _ length: ClosedRange<Int>, then separator: Character? = nil) {
            self.alphabet = alphabet
            self.length = length
            self.separator = separator?.asciiValue
        }
    }

    enum Checksum: Sendable {
        /// The last 6 characters are the CRC32 of the 30 before them in base 62 (GitHub classic tokens, npm).
        case crc32Base62
    }

    let anchors: [Anchor]
    let leading: Segment?
    let segments: [Segment]
    let checksum: Checksum?
    /// Random tokens score above this (bits per character); 0 to rely on the structure alone.
    let minimumEntropy: Double
    /// What may not touch the token on either side.
    let boundary: ByteClass
    let cues: [Anchor]
    let cueDistance: Int

    init(
        prefixes: [String], caseless: Bool = false, leading: Segment? = nil, _ segments: [Segment], checksum: Checksum? = nil,
        minimumEntropy: Double = 0, boundary: ByteClass = .alphanumeric, cues: [Anchor] = [], cueDistance: Int = 0
    ) {
        self.init(anchors: prefixes.map { Anchor.literal($0, caseless: caseless) }, leading: leading, segments, checksum: checksum,
                  minimumEntropy: minimumEntropy, boundary: boundary, cues: cues, cueDistance: cueDistance)
    }

    init(
        anchors: [Anchor], leading: Segment? = nil, _ segments: [Segment], checksum: Checksum? = nil, minimumEntropy: Double = 0,
        boundary: ByteClass = .alphanumeric, cues: [Anchor] = [], cueDistance: Int = 0
    ) {
        self.anchors = anchors
        self.leading = leading
        self.segments = segments
        self.checksum = checksum
        self.minimumEntropy = minimumEntropy
        self.boundary = boundary
        self.cues = cues
        self.cueDistance = cueDistance
    }

    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch? {
        var start = anchor.lowerBound
        if let leading {
            start = text.runStart(endingAt: anchor.lowerBound, limit: leading.length.upperBound + 1, leading.alphabet)
            guard leading.length.contains(anchor.lowerBound - start) else { return nil }
        }
        guard text.startsRun(at: start, boundary) else { return nil }
        var cursor = anchor.upperBound
        for segment in segments {
            let end = text.runEnd(from: cursor, limit: segment.length.upperBound + 1, segment.alphabet)
            guard segment.length.contains(end - cursor) else { return nil }
            cursor = end
            if let separator = segment.separator {
                guard cursor < text.count, text[cursor] == separator else { return nil }
                cursor += 1
            }
        }
        guard text.endsRun(at: cursor, boundary) else { return nil }
        let value = start..<cursor
        let body = text.bytes[anchor.upperBound..<cursor]
        if minimumEntropy > 0, ValueMeasures.entropy(text.bytes[value]) < minimumEntropy { return nil }
        if case .placeholder = SecretValue.classify(text.string(value)) { return nil }
        if let checksum, !Self.verifies(checksum, body) { return nil }
        return SecretMatch(value: value, identity: .value)
    }

    private static func verifies(_ checksum: Checksum, _ body: ArraySlice<UInt8>) -> Bool {
        switch checksum {
        case .crc32Base62:
            guard body.count == 36 else { return false }
            let random = body.prefix(30)
            return ValueMeasures.base62(ValueMeasures.crc32(random), width: 6).elementsEqual(body.suffix(6))
        }
    }
}
