/// Stable finding fingerprints: rule + path + the construct's normalised identity, never the line.
/// Not a security hash; two independent 64-bit FNV-1a lanes keep accidental collisions negligible.
public enum Fingerprint {
    public static func of(rule: String, path: String, identity: String) -> String {
        let bytes = Array("\(rule)\u{1F}\(path)\u{1F}\(identity)".utf8)
        return hex(fnv1a(bytes, basis: 0xcbf2_9ce4_8422_2325)) + hex(fnv1a(bytes, basis: 0x6c62_272e_07bb_0142))
    }

    private static func fnv1a(_ bytes: [UInt8], basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
