/// A set of bytes as a 256-bit table: the alphabets token formats are written in.
struct ByteClass: Sendable {
    private let table: [Bool]

    init(_ member: (UInt8) -> Bool) {
        table = (0...255).map { member(UInt8($0)) }
    }

    init(ranges: [ClosedRange<UInt8>], extra: String = "") {
        let extras = Set(extra.utf8)
        self.init { byte in ranges.contains { $0.contains(byte) } || extras.contains(byte) }
    }

    func contains(_ byte: UInt8) -> Bool { table[Int(byte)] }

    static let digits = ByteClass(ranges: [48...57])
    static let upper = ByteClass(ranges: [65...90])
    static let alphanumeric = ByteClass(ranges: [48...57, 65...90, 97...122])
    static let upperAlphanumeric = ByteClass(ranges: [48...57, 65...90])
    static let lowerAlphanumeric = ByteClass(ranges: [48...57, 97...122])
    static let lowerHex = ByteClass(ranges: [48...57, 97...102])
    static let hex = ByteClass(ranges: [48...57, 65...70, 97...102])
    /// RFC 4648 base32 as AWS writes key ids.
    static let base32 = ByteClass(ranges: [65...90, 50...55])
    static let word = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "_")
    static let base64URL = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "-_")
    static let base64 = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "+/")
    static let base64Padded = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "+/=")
    static let base64URLPadded = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "-_=")
    /// Bytes of a configuration key: `spring.datasource.password`, `DB_PASSWORD`, `client-secret`.
    static let keyCharacter = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "_-.")
    static let horizontalSpace = ByteClass(ranges: [], extra: " \t")
    static let quote = ByteClass(ranges: [], extra: "\"'`")

    static let letters = ByteClass(ranges: [65...90, 97...122])
    /// Databricks writes tokens in `[a-h0-9]`.
    static let lowerHexToH = ByteClass(ranges: [48...57, 97...104])
    static let base64URLDotted = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "-_.")
    static let base64URLDottedPadded = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "-_.=")
    /// Bech32's upper-case alphabet (age keys).
    static let bech32Upper = ByteClass(ranges: [], extra: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
    static let uuid = ByteClass(ranges: [48...57, 97...102, 65...70], extra: "-")
    static let alphanumericDash = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "-")
    /// Entra ID (Azure AD) client secrets.
    static let azureSecret = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "_~.-")
    static let azureSecretLead = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "_~.")
    static let percentEncoded = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "%")
    static let base64PaddedUnderscore = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "+/=_")
    /// A URL-encoded base64 signature (`sig=` of a SAS token).
    static let signature = ByteClass(ranges: [48...57, 65...90, 97...122], extra: "%+/=")
    /// A printable value without spaces or quotes (a password in an INI file).
    static let visible = ByteClass { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }
}
