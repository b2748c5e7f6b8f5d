import CZlib
import Foundation
import InfragateParsers

/// Sprig's digests, base32 and path functions, the list and string helpers charts reach for less
/// often, and placeholders for what cannot be deterministic (network, encryption, salted hashes).
extension SprigFunctions {
    static let encoding: [String: TemplateEvaluator.Function] = [
        "sha1sum": { call in .string(SHA1.hex(of: text(call.argument(0)))) },
        "sha512sum": { call in .string(SHA512.hex(of: text(call.argument(0)))) },
        "adler32sum": { call in
            let bytes = Array(text(call.argument(0)).utf8)
            let sum = bytes.withUnsafeBufferPointer { adler32(adler32(0, nil, 0), $0.baseAddress, uInt($0.count)) }
            return .string(String(sum))
        },
        "b32enc": { call in .string(base32(Array(text(call.argument(0)).utf8))) },
        "b32dec": { call in
            guard let bytes = base32Decoded(text(call.argument(0))) else { return .string("illegal base32 data at input byte 0") }
            return .string(String(decoding: bytes, as: UTF8.self))
        },
        // Go's `path` package, which Sprig's `base`, `dir`, `ext`, `clean` and `isAbs` call.
        "base": { call in .string(GoPath.base(text(call.argument(0)))) },
        "dir": { call in .string(GoPath.dir(text(call.argument(0)))) },
        "ext": { call in .string(GoPath.ext(text(call.argument(0)))) },
        "clean": { call in .string(GoPath.clean(text(call.argument(0)))) },
        "isAbs": { call in .bool(text(call.argument(0)).hasPrefix("/")) },
        "osBase": { call in .string(GoPath.base(text(call.argument(0)))) },
        "osDir": { call in .string(GoPath.dir(text(call.argument(0)))) },
        "osExt": { call in .string(GoPath.ext(text(call.argument(0)))) },
        "osClean": { call in .string(GoPath.clean(text(call.argument(0)))) },
        "osIsAbs": { call in .bool(text(call.argument(0)).hasPrefix("/")) },
        "pluck": { call in
            guard let key = call.arguments.first else { return .list([]) }
            return .list(call.arguments.dropFirst().compactMap { dictionary in
                if case .map(let map) = dictionary { return map[text(key)] }
                return nil
            })
        },
        "all": { call in .bool(call.arguments.allSatisfy { !isEmpty($0) }) },
        "any": { call in .bool(call.arguments.contains { !isEmpty($0) }) },
        "splitn": { call in
            try call.expectArguments(3...3)
            let separator = text(call.arguments[0])
            let limit = integer(call.arguments[1])
            var parts = text(call.arguments[2]).components(separatedBy: separator)
            if limit > 0, parts.count > limit { parts = Array(parts.prefix(limit - 1)) + [parts.dropFirst(limit - 1).joined(separator: separator)] }
            return .map(Dictionary(uniqueKeysWithValues: parts.enumerated().map { ("_\($0.offset)", .string($0.element)) }))
        },
        "swapcase": { call in
            .string(String(text(call.argument(0)).map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
        },
        "initials": { call in .string(text(call.argument(0)).split(whereSeparator: \.isWhitespace).compactMap(\.first).map(String.init).joined()) },
        "regexQuoteMeta": { call in
            .string(String(text(call.argument(0)).flatMap { #"\.+*?()|[]{}^$"#.contains($0) ? ["\\", $0] : [$0] }))
        },
        "maxf": { call in .float(call.arguments.map(float).max() ?? 0) },
        "minf": { call in .float(call.arguments.map(float).min() ?? 0) },
        "toDecimal": { call in .int(Int(text(call.argument(0)), radix: 8) ?? 0) },
        "seq": { call in
            let bounds = call.arguments.map(integer)
            let (start, step, end): (Int, Int, Int)
            switch bounds.count {
            case 1: (start, step, end) = (1, bounds[0] >= 1 ? 1 : -1, bounds[0])
            case 2: (start, step, end) = (bounds[0], bounds[1] >= bounds[0] ? 1 : -1, bounds[1])
            case 3: (start, step, end) = (bounds[0], bounds[1], bounds[2])
            default: return .string("")
            }
            guard step != 0, (end - start) / step <= call.evaluator.limits.maxOutputBytes else { return .string("") }
            return .string(Swift.stride(from: start, through: end, by: step).map(String.init).joined(separator: " "))
        },
        // Rendering must be deterministic: what is random in Sprig is the first choice here.
        "randInt": { call in .int(integer(call.argument(0))) },
        "shuffle": { call in call.argument(0) },
        // No name is resolved and nothing is encrypted or salted: placeholders a detector does not take for secrets.
        "getHostByName": { _ in .string("192.0.2.1") },
        "bcrypt": { _ in .string("infragate-placeholder-bcrypt-hash") },
        "encryptAES": { _ in .string("infragate-placeholder-ciphertext") },
        "decryptAES": { _ in .string("") },
        "buildCustomCert": { _ in .map(["Cert": .string("infragate-placeholder-certificate"), "Key": .string("infragate-placeholder-key")]) },
    ]

    private static let base32Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// RFC 4648 base32 with padding, as Go's `base32.StdEncoding`.
    static func base32(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        for start in Swift.stride(from: 0, to: bytes.count, by: 5) {
            let group = Array(bytes[start..<Swift.min(start + 5, bytes.count)])
            var buffer: UInt64 = 0
            for index in 0..<5 { buffer = buffer << 8 | UInt64(index < group.count ? group[index] : 0) }
            let characters = [0, 2, 4, 5, 7, 8][group.count]
            for index in 0..<8 {
                output.append(index < characters ? base32Alphabet[Int(buffer >> UInt64(35 - index * 5) & 31)] : UInt8(ascii: "="))
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func base32Decoded(_ text: String) -> [UInt8]? {
        var buffer: UInt64 = 0
        var bits = 0
        var output: [UInt8] = []
        for byte in text.utf8 where byte != UInt8(ascii: "=") {
            guard let value = base32Alphabet.firstIndex(of: byte) else { return nil }
            buffer = buffer << 5 | UInt64(value)
            bits += 5
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: buffer >> UInt64(bits)))
            }
        }
        return output
    }
}

/// Go's `path` package: slash-separated paths, lexically.
enum GoPath {
    static func clean(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                if let last = parts.last, last != ".." { parts.removeLast() } else if !rooted { parts.append(part) }
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed == "/" { return "/" }
        return String(trimmed.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
    }

    static func dir(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return clean(String(path[...slash]))
    }

    static func ext(_ path: String) -> String {
        for index in path.indices.reversed() {
            if path[index] == "/" { return "" }
            if path[index] == "." { return String(path[index...]) }
        }
        return ""
    }
}
