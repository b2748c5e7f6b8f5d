/// A JSON Web Token with a signature: `eyJ…` header `.` payload `.` signature, whose header decodes to
/// JSON naming an algorithm other than `none` (an unsigned token proves nothing and grants nothing).
/// Only a run that starts at a boundary is a candidate, so runs of `eyJeyJ…` are read once.
struct SignedJWT: SecretFinder {
    let anchors = [Anchor.literal("eyJ")]

    private static let algorithm = Array("\"alg\"".utf8)
    private static let none = Array("\"none\"".utf8)

    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch? {
        let start = anchor.lowerBound
        guard text.startsRun(at: start, .base64URL) else { return nil }
        let headerEnd = text.runEnd(from: start, limit: 2_048, .base64URL)
        guard headerEnd - start >= 12, headerEnd < text.count, text[headerEnd] == UInt8(ascii: ".") else { return nil }
        let payloadEnd = text.runEnd(from: headerEnd + 1, limit: 16_384, .base64URL)
        guard payloadEnd - headerEnd - 1 >= 12, payloadEnd < text.count, text[payloadEnd] == UInt8(ascii: ".") else { return nil }
        let signatureEnd = text.runEnd(from: payloadEnd + 1, limit: 2_048, .base64URL)
        guard signatureEnd - payloadEnd - 1 >= 16, text.endsRun(at: signatureEnd, .base64URL) else { return nil }
        guard let header = ValueMeasures.base64Decoded(text.bytes[start..<headerEnd]),
              let at = header.firstRange(of: Self.algorithm) else { return nil }
        guard header[at.upperBound...].firstRange(of: Self.none) == nil else { return nil }
        return SecretMatch(value: start..<signatureEnd, identity: .value)
    }
}
