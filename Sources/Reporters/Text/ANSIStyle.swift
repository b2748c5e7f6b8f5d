/// ANSI SGR colouring that is a no-op unless enabled, so reporters write one code path for
/// terminals and pipes. Apply it only to text that is already `Sanitizer.clean`.
struct ANSIStyle {
    enum Effect: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    let enabled: Bool

    func apply(_ effect: Effect, to text: String) -> String {
        enabled ? "\u{1B}[\(effect.rawValue)m\(text)\u{1B}[0m" : text
    }
}
