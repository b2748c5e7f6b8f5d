/// How many bytes variable substitution may produce in one Dockerfile. `ENV A=$A$A` doubles the
/// value on every line, so without a cap forty such lines expand to a terabyte; past the budget
/// every further expansion is unknown and the file reports the problem once.
struct ExpansionBudget {
    /// Eight times the default `max_file_size`: far beyond any real file, cheap to produce.
    static let standardBytes = 16 << 20

    private var remaining: Int
    private(set) var isExhausted = false

    init(bytes: Int = standardBytes) {
        remaining = bytes
    }

    /// Takes `bytes` from the budget; false (and exhausted from then on) when they do not fit.
    mutating func spend(_ bytes: Int) -> Bool {
        guard !isExhausted, bytes <= remaining else {
            isExhausted = true
            return false
        }
        remaining -= bytes
        return true
    }
}
