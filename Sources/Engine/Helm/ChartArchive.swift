import CZlib
import InfragateParsers

/// A packaged chart (`charts/redis-17.3.0.tgz`, what `helm dependency build` vendors) unpacked in
/// memory as Helm's loader reads it: gzip, then tar, the first path component (the chart's folder)
/// dropped. Nothing is written to disk. Bounded as Helm bounds it (total and per-file size), and an
/// entry naming a path outside the chart, a link or a device is refused, never followed.
enum ChartArchive {
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// Helm's own limits (`MaxDecompressedChartSize`, `MaxDecompressedFileSize`) would allow more;
    /// a gate judging one change needs less, and a gzip bomb stops here.
    static let maxUnpackedBytes = 32 << 20
    static let maxFileBytes = 5 << 20
    static let maxEntries = 10_000

    /// The chart's files by path relative to it.
    static func files(of archive: [UInt8], limit: Int = maxUnpackedBytes) throws -> [String: [UInt8]] {
        try entries(ofTar: try gunzip(archive, limit: limit))
    }

    /// At most `limit` bytes are inflated: a bomb stops there, not at its end.
    static func gunzip(_ compressed: [UInt8], limit: Int = maxUnpackedBytes) throws -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 32: zlib detects the gzip header itself.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(reason: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var input = compressed
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status = Z_OK
        try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while status == Z_OK {
                let produced = chunk.withUnsafeMutableBufferPointer { buffer -> Int in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return buffer.count - Int(stream.avail_out)
                }
                output += chunk[0..<produced]
                if output.count > limit {
                    throw Failure(reason: "it unpacks to more than \(maxUnpackedBytes >> 20) MiB with the chart's other archives")
                }
                if status == Z_BUF_ERROR && stream.avail_in == 0 { break }
            }
        }
        guard status == Z_STREAM_END else { throw Failure(reason: "it is not a complete gzip stream (zlib status \(status))") }
        return output
    }

    /// ustar, with GNU long names and pax `path` records; regular files only, folders skipped.
    static func entries(ofTar tar: [UInt8]) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        var offset = 0
        var longName: String?
        var count = 0
        while offset + 512 <= tar.count {
            let header = tar[offset..<offset + 512]
            if header.allSatisfy({ $0 == 0 }) { break }
            count += 1
            guard count <= maxEntries else { throw Failure(reason: "it has more than \(maxEntries) entries") }
            guard let size = octal(header.dropFirst(124).prefix(12)) else { throw Failure(reason: "an entry's size is not readable") }
            let start = offset + 512
            guard size <= tar.count - start else { throw Failure(reason: "it is truncated") }
            let body = tar[start..<start + size]
            offset = start + (size + 511) / 512 * 512
            let type = header[header.startIndex + 156]
            let written = string(header.prefix(100))
            let prefix = header[header.startIndex + 257..<header.startIndex + 262].elementsEqual("ustar".utf8) ? string(header.dropFirst(345).prefix(155)) : ""
            let name = longName ?? (prefix.isEmpty ? written : prefix + "/" + written)
            longName = nil
            switch type {
            case UInt8(ascii: "L"):
                longName = string(body)
            case UInt8(ascii: "x"):
                longName = paxPath(body)
            case UInt8(ascii: "g"), UInt8(ascii: "5"):
                continue
            case 0, UInt8(ascii: "0"), UInt8(ascii: "7"):
                guard size <= maxFileBytes else { throw Failure(reason: "\(name) is larger than \(maxFileBytes >> 20) MiB") }
                files[try chartPath(of: name)] = Array(body)
            default:
                throw Failure(reason: "\(name) is a link or special file (tar type \(Character(Unicode.Scalar(type))))")
            }
        }
        return files
    }

    /// The entry's path inside the chart: Helm drops the archive's top folder, and refuses content
    /// outside it.
    private static func chartPath(of name: String) throws -> String {
        let parts = name.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        guard !name.hasPrefix("/"), !parts.contains(".."), !name.contains("\\"), parts.count >= 2 else {
            throw Failure(reason: "the entry \(name) is outside the chart's folder (Helm refuses it)")
        }
        return parts.dropFirst().joined(separator: "/")
    }

    private static func octal(_ field: ArraySlice<UInt8>) -> Int? {
        var value = 0
        var seen = false
        for byte in field {
            if byte == 0 || byte == 0x20 { if seen { break } else { continue } }
            guard (0x30...0x37).contains(byte), value < Int.max >> 4 else { return nil }
            value = value * 8 + Int(byte - 0x30)
            seen = true
        }
        return value
    }

    private static func string(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// The `path` of pax records (`<length> path=<value>\n`).
    private static func paxPath(_ body: ArraySlice<UInt8>) -> String? {
        for record in String(decoding: body, as: UTF8.self).split(separator: "\n") {
            guard let space = record.firstIndex(of: " ") else { continue }
            let field = record[record.index(after: space)...]
            if field.hasPrefix("path=") { return String(field.dropFirst("path=".count)) }
        }
        return nil
    }

    /// The folder an archive's files are placed in: the archive's own path, so what its templates
    /// render is reported at a path that names the archive (`charts/redis-17.3.0.tgz/templates/x.yaml`).
    static func isArchive(_ path: String) -> Bool {
        path.hasSuffix(".tgz") || path.hasSuffix(".tar.gz")
    }

    /// The archive a path inside an unpacked archive belongs to (`charts/a.tgz/templates/x.yaml` → `charts/a.tgz`).
    /// Asked once per rendered manifest: a scan of the path's folders, the outermost archive first.
    static func archive(containing path: String) -> String? {
        let folders = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        guard let index = folders.firstIndex(where: { isArchive(String($0)) }) else { return nil }
        return folders[...index].joined(separator: "/")
    }

    /// Replaces each packaged subchart in a `charts/` folder (the chart's or a subchart's) with its files, nested archives too, up to
    /// `depth` levels; what cannot be unpacked stays as it was (nil text) with the reason returned.
    /// `budget` is what the chart's archives may still unpack to, all together: nested archives
    /// cannot multiply the bound.
    static func expand(_ files: inout [String: String?], bytes: (String) -> [UInt8]?, depth: Int,
                       budget: inout Int) -> [(path: String, reason: String)] {
        var failures: [(path: String, reason: String)] = []
        let archives = files.keys.filter { isArchive($0) && RepositoryPath.name(of: RepositoryPath.directory(of: $0)) == "charts" }.sorted()
        for path in archives {
            guard depth > 0 else {
                failures.append((path, "the packaged subchart \(path) nests deeper than the renderer follows"))
                continue
            }
            guard let archive = bytes(path) else { continue }
            do {
                let unpacked = try Self.files(of: archive, limit: budget)
                budget -= unpacked.values.reduce(0) { $0 + $1.count }
                var inner: [String: String?] = unpacked.mapValues { bytes -> String? in
                    if case .text(let text) = FileContent(bytes: bytes) { return text }
                    return nil
                }
                failures += expand(&inner, bytes: { unpacked[$0] }, depth: depth - 1, budget: &budget).map { (path + "/" + $0.path, $0.reason) }
                files[path] = nil
                for (relative, text) in inner { files[path + "/" + relative] = text }
            } catch let failure as Failure {
                failures.append((path, "the packaged subchart \(path) is not unpacked: \(failure.reason)"))
            } catch {
                failures.append((path, "the packaged subchart \(path) is not unpacked: \(error)"))
            }
        }
        return failures
    }
}
