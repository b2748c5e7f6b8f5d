import Foundation

/// Measures the families confirm candidates with; each is one pass over the value.
enum ValueMeasures {
    /// Shannon entropy in bits per byte: random tokens score high, words and repeated characters low.
    static func entropy(_ bytes: ArraySlice<UInt8>) -> Double {
        guard !bytes.isEmpty else { return 0 }
        var counts = [Int](repeating: 0, count: 256)
        for byte in bytes { counts[Int(byte)] += 1 }
        let total = Double(bytes.count)
        var bits = 0.0
        for count in counts where count > 0 {
            let share = Double(count) / total
            bits -= share * log2(share)
        }
        return bits
    }

    /// Whether the value mixes at least `classes` of: upper case, lower case, digits, other.
    static func mixes(_ bytes: ArraySlice<UInt8>, atLeast classes: Int) -> Bool {
        var upper = false, lower = false, digit = false, other = false
        for byte in bytes {
            switch byte {
            case 65...90: upper = true
            case 97...122: lower = true
            case 48...57: digit = true
            default: other = true
            }
        }
        return [upper, lower, digit, other].filter { $0 }.count >= classes
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static let base62Digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// `value` in base 62, left-padded with `0` to `width` digits (GitHub's and npm's token checksums).
    static func base62(_ value: UInt32, width: Int) -> [UInt8] {
        var digits: [UInt8] = []
        var rest = value
        repeat {
            digits.append(base62Digits[Int(rest % 62)])
            rest /= 62
        } while rest > 0
        while digits.count < width { digits.append(UInt8(ascii: "0")) }
        return digits.reversed()
    }

    /// Standard or URL-safe base64, padding optional; nil when a byte is outside the alphabet.
    static func base64Decoded(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            let value: UInt32
            switch byte {
            case 65...90: value = UInt32(byte - 65)
            case 97...122: value = UInt32(byte - 71)
            case 48...57: value = UInt32(byte + 4)
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            case UInt8(ascii: "="): continue
            default: return nil
            }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return output
    }
}

extension ValueMeasures {
    static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }
}
