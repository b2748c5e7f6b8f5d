/// Text that comes from the repository (paths, messages, reasons) made safe to print.
///
/// Control characters (C0, DEL, C1) and invisible characters (zero-width, direction overrides,
/// line separators) are shown as escapes, so a file name cannot move the cursor, recolour the
/// terminal, fake a new line, reorder what the reader sees or pass for another name. The legacy `##[` workflow-command prefix is broken up
/// too, because the GitHub runner obeys it anywhere in a line of stdout or stderr.
enum Sanitizer {
    static func clean(_ text: String) -> String {
        // Nearly all text is plain: return it untouched when nothing needs escaping.
        if !text.unicodeScalars.contains(where: needsEscape), !text.contains("##[") { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result.append(contentsOf: escaped(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result).replacingOccurrences(of: "##[", with: #"#\x23["#)
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: return #"\t"#
        case 0x0A: return #"\n"#
        case 0x0D: return #"\r"#
        case 0x00...0x9F: return #"\x\#(hex(scalar.value, width: 2))"#
        default: return #"\u{\#(hex(scalar.value, width: 4))}"#
        }
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
