import Foundation

/// The units policies write sizes and durations in. Sizes take binary units only: `2MB` could
/// mean 2,000,000 or 2,097,152 bytes, and a size limit should not be a guess.
enum PolicyQuantities {
    struct Problem: Error {
        let message: String
    }

    static let largestFileSize = 1 << 30
    static let longestDeadline = Duration.seconds(600)

    /// `1048576`, `512KiB`, `2 MiB`, `1GiB`, `100B`.
    static func byteCount(_ text: String) throws -> Int {
        let (number, unit) = split(text)
        let multipliers = ["": 1, "b": 1, "kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30]
        guard let multiplier = multipliers[unit.lowercased()] else {
            if ["k", "kb", "m", "mb", "g", "gb"].contains(unit.lowercased()) {
                throw Problem(message: "`\(unit)` is ambiguous; write KiB, MiB or GiB (powers of 1024), or a number of bytes")
            }
            throw Problem(message: "unknown size unit `\(unit)`; use B, KiB, MiB or GiB")
        }
        guard !number.isEmpty, number.count <= 12, number.allSatisfy(\.isASCII), let count = Int(number),
              case let (bytes, overflow) = count.multipliedReportingOverflow(by: multiplier), !overflow,
              (1...largestFileSize).contains(bytes)
        else { throw Problem(message: "must be a size from 1 byte to 1GiB, such as `2MiB`; found `\(text)`") }
        return bytes
    }

    /// `4s`, `1.5s`, `500ms`, or a bare number of seconds (`4`).
    static func duration(_ text: String) throws -> Duration {
        let (number, unit) = split(text)
        let millisecondsPerUnit: [String: Double] = ["": 1000, "s": 1000, "ms": 1]
        guard let scale = millisecondsPerUnit[unit] else {
            throw Problem(message: "unknown duration unit `\(unit)`; use s or ms, such as `4s` or `500ms`")
        }
        let isDecimal = number.count <= 12 && number.split(separator: ".", omittingEmptySubsequences: false).count <= 2
            && number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard isDecimal, let value = Double(number),
              case let milliseconds = Int((value * scale).rounded()), milliseconds > 0,
              case let duration = Duration.milliseconds(milliseconds), duration <= longestDeadline
        else { throw Problem(message: "must be a duration from 1ms to 10 minutes, such as `4s` or `500ms`; found `\(text)`") }
        return duration
    }

    /// `2 MiB` → (`2`, `MiB`).
    private static func split(_ text: String) -> (number: String, unit: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let number = trimmed.prefix { $0.isNumber || $0 == "." }
        return (String(number), trimmed.dropFirst(number.count).trimmingCharacters(in: .whitespaces))
    }
}
