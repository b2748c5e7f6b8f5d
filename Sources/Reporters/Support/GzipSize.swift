import CZlib

/// How many bytes a document takes gzipped (level 6, as `gzip` and GitHub's upload action use),
/// counted in a fixed buffer without keeping the compressed bytes.
enum GzipSize {
    static func of(_ text: String) -> Int {
        var input = Array(text.utf8)
        var stream = z_stream()
        // 15 window bits + 16: a gzip header and trailer, as an uploaded `.sarif.gz` has.
        guard deflateInit2_(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            // Without zlib's working state, count the document as it is: gzip never makes it larger by much.
            return input.count
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: 64 * 1024)
        var total = 0
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            output.withUnsafeMutableBufferPointer { buffer in
                var status = Z_OK
                while status == Z_OK {
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = deflate(&stream, Z_FINISH)
                    total += buffer.count - Int(stream.avail_out)
                }
            }
        }
        return total
    }
}
