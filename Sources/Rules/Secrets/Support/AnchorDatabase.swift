import CVectorscan
import Foundation

/// Every detector's anchors compiled into one Vectorscan database, once per process: a file is read
/// once whatever the number of detectors, and automata never backtrack, so the pass is linear.
/// Vectorscan reports where a match ends; every anchor has a fixed width, so that is where it starts too.
final class AnchorDatabase: @unchecked Sendable {
    /// One anchor hit: which expression, and the bytes it spans.
    struct Hit {
        let expression: Int
        let range: Range<Int>
    }

    private let database: OpaquePointer
    private let widths: [Int]
    /// Scratch space is per scan in flight; finished scans return theirs here (judging runs on every core).
    private var idle: [OpaquePointer] = []
    private let lock = NSLock()

    /// Fails (with Vectorscan's message) only when an expression is malformed: a programming error.
    /// Compiling costs about 100 ms, loading a compiled database a millisecond: a database `store`
    /// kept from an earlier run, for exactly these anchors and this Vectorscan, is loaded instead,
    /// and a freshly compiled one is left there for the next run.
    init(_ anchors: [Anchor], store: (any CompiledDatabaseStore)?) {
        widths = anchors.map(\.width)
        let name = Self.storedName(of: anchors)
        if let store, let bytes = store.compiledDatabase(named: name), let loaded = Self.deserialized(bytes) {
            database = loaded
            return
        }
        database = Self.compiled(anchors)
        if let store, let bytes = Self.serialized(database) { store.keep(bytes, named: name) }
    }

    private static func compiled(_ anchors: [Anchor]) -> OpaquePointer {
        let expressions = anchors.map { strdup($0.expression) }
        defer { expressions.forEach { free($0) } }
        let flags = anchors.map { UInt32($0.isCaseless ? HS_FLAG_CASELESS : 0) }
        let ids = (0..<anchors.count).map(UInt32.init)
        var database: OpaquePointer?
        var error: UnsafeMutablePointer<hs_compile_error_t>?
        let status = expressions.map { UnsafePointer($0) }.withUnsafeBufferPointer { pointers in
            hs_compile_multi(pointers.baseAddress, flags, ids, UInt32(anchors.count), UInt32(HS_MODE_BLOCK), nil, &database, &error)
        }
        guard status == HS_SUCCESS, let database else {
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "status \(status)"
            let culprit = error.map { Int($0.pointee.expression) }.flatMap { anchors.indices.contains($0) ? anchors[$0].expression : nil } ?? "?"
            fatalError("secret anchors do not compile: \(message) (\(culprit))")
        }
        return database
    }

    /// `anchors-<Vectorscan version>-<digest of every expression and flag>`: a database compiled for
    /// other anchors, or by another Vectorscan, has another name and is never loaded.
    private static func storedName(of anchors: [Anchor]) -> String {
        var digest: UInt64 = 0xcbf2_9ce4_8422_2325
        for anchor in anchors {
            for byte in Array("\(anchor.isCaseless ? 1 : 0)\(anchor.expression)\u{0}".utf8) {
                digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        let version = String(cString: hs_version()).filter { $0.isLetter || $0.isNumber || $0 == "." }
        return "anchors-\(version)-\(anchors.count)-\(String(digest, radix: 16))"
    }

    private static func serialized(_ database: OpaquePointer) -> [UInt8]? {
        var bytes: UnsafeMutablePointer<CChar>?
        var length = 0
        guard hs_serialize_database(database, &bytes, &length) == HS_SUCCESS, let bytes else { return nil }
        defer { free(bytes) }
        return bytes.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// Vectorscan checks the bytes' version and platform itself; anything it refuses is compiled afresh.
    private static func deserialized(_ bytes: [UInt8]) -> OpaquePointer? {
        var database: OpaquePointer?
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { hs_deserialize_database($0, buffer.count, &database) }
        }
        return status == HS_SUCCESS ? database : nil
    }

    /// Every hit in `bytes`, in the order Vectorscan reports them (by end offset).
    func hits(in bytes: [UInt8]) -> [Hit] {
        let scratch = takeScratch()
        defer { giveBack(scratch) }
        final class Collector {
            var ends: [(expression: UInt32, end: Int)] = []
        }
        let collector = Collector()
        let status = bytes.withUnsafeBufferPointer { buffer -> hs_error_t in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return HS_SUCCESS }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text in
                hs_scan(database, text, UInt32(buffer.count), 0, scratch, { id, _, to, _, context in
                    Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue().ends.append((id, Int(to)))
                    return 0
                }, Unmanaged.passUnretained(collector).toOpaque())
            }
        }
        precondition(status == HS_SUCCESS, "Vectorscan scan failed with status \(status)")
        return collector.ends.map { Hit(expression: Int($0.expression), range: ($0.end - widths[Int($0.expression)])..<$0.end) }
    }

    private func takeScratch() -> OpaquePointer {
        lock.lock()
        defer { lock.unlock() }
        if let scratch = idle.popLast() { return scratch }
        var scratch: OpaquePointer?
        precondition(hs_alloc_scratch(database, &scratch) == HS_SUCCESS && scratch != nil, "Vectorscan cannot allocate scratch space")
        return scratch!
    }

    private func giveBack(_ scratch: OpaquePointer) {
        lock.lock()
        idle.append(scratch)
        lock.unlock()
    }
}
