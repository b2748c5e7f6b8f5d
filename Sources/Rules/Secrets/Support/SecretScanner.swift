/// Runs every detector over a file in one pass: Vectorscan finds every anchor and cue of every
/// detector at once, then each candidate is confirmed by its finder's bounded check. A specific
/// detector's secret hides a generic one over the same bytes; one secret is reported once.
struct SecretScanner: Sendable {
    /// A secret found: the detector, and where its value is (offsets into the bytes scanned).
    struct Found {
        let detector: Int
        let match: SecretMatch
    }

    let detectors: [SecretDetector]
    private let database: AnchorDatabase
    /// For each expression of the database: its detector, and whether it is a cue rather than an anchor.
    private let roles: [(detector: Int, isCue: Bool)]

    init(_ detectors: [SecretDetector]) {
        self.detectors = detectors
        var anchors: [Anchor] = []
        var roles: [(detector: Int, isCue: Bool)] = []
        for (index, detector) in detectors.enumerated() {
            for anchor in detector.finder.anchors {
                anchors.append(anchor)
                roles.append((index, false))
            }
            for cue in detector.finder.cues {
                anchors.append(cue)
                roles.append((index, true))
            }
        }
        self.roles = roles
        database = AnchorDatabase(anchors, store: CompiledDatabaseStoreChoice.settle())
    }

    /// The secrets in `bytes`, in file order. The bytes are scanned between two added newlines, so
    /// shapes that need a delimiter on each side also match at the edges; offsets are the file's own.
    func scan(_ bytes: [UInt8], path: String, minimumEntropy: Double) -> [Found] {
        var padded = [UInt8]()
        padded.reserveCapacity(bytes.count + 2)
        padded.append(UInt8(ascii: "\n"))
        padded += bytes
        padded.append(UInt8(ascii: "\n"))
        let text = ScannedBytes(bytes: padded, path: path, minimumEntropy: minimumEntropy)
        let hits = database.hits(in: padded)
        var cuePositions = [[Int]](repeating: [], count: detectors.count)
        for hit in hits where roles[hit.expression].isCue {
            cuePositions[roles[hit.expression].detector].append(hit.range.lowerBound)
        }
        for index in cuePositions.indices where !cuePositions[index].isEmpty { cuePositions[index].sort() }
        var found: [Found] = []
        var seen = Set<SecretKey>()
        for hit in hits where !roles[hit.expression].isCue {
            let index = roles[hit.expression].detector
            let finder = detectors[index].finder
            if !finder.cues.isEmpty, !Self.isNear(hit.range, cuePositions[index], distance: finder.cueDistance) { continue }
            guard let match = finder.confirm(hit.range, in: text),
                  seen.insert(SecretKey(detector: index, value: match.value)).inserted else { continue }
            found.append(Found(detector: index, match: match))
        }
        let specific = SortedRanges(found.filter { !detectors[$0.detector].finder.isGeneric }.map(\.match.value))
        return found
            .filter { !detectors[$0.detector].finder.isGeneric || !specific.overlaps($0.match.value) }
            .map { Found(detector: $0.detector, match: $0.match.shifted(by: -1)) }
            .sorted { ($0.match.value.lowerBound, $0.detector) < ($1.match.value.lowerBound, $1.detector) }
    }

    /// Whether a cue (positions sorted) starts within `distance` bytes of `range`.
    private static func isNear(_ range: Range<Int>, _ cues: [Int], distance: Int) -> Bool {
        let low = range.lowerBound > Int.min + distance ? range.lowerBound - distance : Int.min
        let first = SortedRanges.firstIndex(in: cues) { $0 >= low }
        return first < cues.count && cues[first] - range.upperBound <= distance
    }

    private struct SecretKey: Hashable {
        let detector: Int
        let value: Range<Int>
    }
}

extension SecretMatch {
    fileprivate func shifted(by offset: Int) -> SecretMatch {
        SecretMatch(value: value.lowerBound + offset..<value.upperBound + offset, identity: identity, note: note)
    }
}

/// Ranges sorted by start with the furthest end so far: whether any overlaps a range, in log time.
private struct SortedRanges {
    private let starts: [Int]
    private let furthestEnds: [Int]

    init(_ ranges: [Range<Int>]) {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        starts = sorted.map(\.lowerBound)
        var furthest = Int.min
        furthestEnds = sorted.map { range in
            furthest = max(furthest, range.upperBound)
            return furthest
        }
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        let before = Self.firstIndex(in: starts) { $0 >= range.upperBound }
        return before > 0 && furthestEnds[before - 1] > range.lowerBound
    }

    /// The first index whose element satisfies `predicate`, which is false then true along `sorted`.
    static func firstIndex(in sorted: [Int], where predicate: (Int) -> Bool) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(sorted[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
