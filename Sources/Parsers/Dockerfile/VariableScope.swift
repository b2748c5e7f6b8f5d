/// The build variables (`ARG`, `ENV`) known at one point of a Dockerfile. `WordExpander` substitutes
/// them the way BuildKit does. A variable whose value is not known from the file makes the whole
/// expansion unknown (nil), so that rules never judge a guess.
struct VariableScope {
    enum Value: Equatable {
        case known(String)
        /// Declared without a value (`ARG NAME`): unset unless a build argument sets it.
        case unset
    }

    private var values: [String: Value] = [:]
    /// Before the first `FROM` nothing but global `ARG`s exists, so an undeclared name is unset there;
    /// inside a stage it may come from the base image's environment, so it is unknown.
    private let undeclaredIsUnset: Bool

    init(undeclaredIsUnset: Bool) {
        self.undeclaredIsUnset = undeclaredIsUnset
    }

    func value(of name: String) -> Value? {
        values[name] ?? (undeclaredIsUnset ? .unset : nil)
    }

    /// Sets a variable; a nil value means "not known from the file".
    mutating func set(_ name: String, to value: Value?) {
        values[name] = value
    }

    /// The text with variables substituted, quotes removed and escapes applied (BuildKit's
    /// `ProcessWord`); nil when it needs a value that is not known, BuildKit would refuse it, or it
    /// would take more than what is left of `budget`. `takingUnknownAsUnset` reads the file's own
    /// defaults instead (see `Instruction.defaultResolvedWords`).
    func expand(_ text: String, escape: Character, takingUnknownAsUnset: Bool = false, budget: inout ExpansionBudget) -> String? {
        WordExpander.expand(text, in: self, escape: escape, takingUnknownAsUnset: takingUnknownAsUnset, budget: &budget)
    }
}
