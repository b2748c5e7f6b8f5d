import Foundation

/// A gzipped ustar archive built byte by byte, as a packaged Helm chart (`helm package`) is: what
/// tests of archive handling need, hostile entry names and links included, which `tar` would refuse to write.
public enum Tarball {
    public struct Entry {
        public let name: String
        public let contents: String
        /// The tar type flag: "0" a file, "5" a folder, "2" a symbolic link.
        public let type: Character

        public init(_ name: String, _ contents: String = "", type: Character = "0") {
            self.name = name
            self.contents = contents
            self.type = type
        }
    }

    public static func tar(_ entries: [Entry]) -> Data {
        var archive = Data()
        for entry in entries {
            let body = Data(entry.contents.utf8)
            var header = [UInt8](repeating: 0, count: 512)
            func put(_ text: String, at offset: Int) { for (index, byte) in text.utf8.enumerated() { header[offset + index] = byte } }
            put(entry.name, at: 0)
            put("0000644", at: 100)
            put("0000000", at: 108)
            put("0000000", at: 116)
            put(octal(body.count, digits: 11), at: 124)
            put("00000000000", at: 136)
            put("        ", at: 148)
            header[156] = entry.type.asciiValue ?? 0x30
            put("ustar", at: 257)
            put("00", at: 263)
            put(octal(header.reduce(0) { $0 + Int($1) }, digits: 6), at: 148)
            header[154] = 0
            archive.append(contentsOf: header)
            archive.append(body)
            archive.append(Data(count: (512 - body.count % 512) % 512))
        }
        archive.append(Data(count: 1024))
        return archive
    }

    /// `gzip -n` of the archive (no name or time in the header, so the bytes are reproducible).
    public static func gzipped(_ entries: [Entry]) throws -> Data {
        try gzip(tar(entries))
    }

    public static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c", "-n"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Written from another thread: a large archive would fill the pipe before gzip's output is read.
        let writer = input.fileHandleForWriting
        let feeding = Thread {
            writer.write(data)
            try? writer.close()
        }
        feeding.start()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }

    private static func octal(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 8)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
