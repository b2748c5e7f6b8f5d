/// An AWS secret access key: 40 characters of base64 with no telling prefix, so it counts only near
/// what names it — an access key id (`AKIA…`, `ASIA…`) or a key such as `aws_secret_access_key` —
/// and only when it looks generated (upper and lower case and digits, high entropy). The anchor is
/// the 40 characters with a delimiter on each side, so a longer run is never a candidate.
struct AWSSecretKey: SecretFinder {
    let anchors = [Anchor.shape("[^A-Za-z0-9/+=][A-Za-z0-9/+]{40}[^A-Za-z0-9/+=]", width: 42)]
    let cues: [Anchor] = ["AKIA", "ASIA"].map { Anchor.shape("\($0)[A-Z2-7]{16}", width: 20) }
        + ["aws_secret", "secret_access_key", "secretaccesskey", "secret-access-key", "aws-secret"].map { Anchor.literal($0, caseless: true) }
    /// About five lines of a credentials file or a `.env`.
    let cueDistance = 320

    func confirm(_ anchor: Range<Int>, in text: ScannedBytes) -> SecretMatch? {
        let value = anchor.lowerBound + 1..<anchor.upperBound - 1
        let bytes = text.bytes[value]
        guard ValueMeasures.mixes(bytes, atLeast: 3), ValueMeasures.entropy(bytes) >= 4.2,
              SecretValue.classify(text.string(value)) == .literal else { return nil }
        return SecretMatch(value: value, identity: .value)
    }
}
