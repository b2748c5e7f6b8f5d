import InfragateParsers

/// Words that only introduce or group a command (`if`, `then`, `{`, `!`…).
private let shellKeywords: Set<String> = ["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time"]
/// Commands that run another command given as their arguments.
private let wrapperPrograms: Set<String> = ["sudo", "env", "nice", "nohup", "exec", "command", "doas"]
/// `sudo` and `env` options that take a value as the next word.
private let wrapperOptionsWithValue: Set<String> = ["-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-S"]

extension ShellCommand {
    /// The words from the program on, without `NAME=value` prefixes and shell keywords.
    var invocation: ArraySlice<String> {
        var slice = words[...]
        while let first = slice.first, shellKeywords.contains(first) || isAssignment(first) { slice = slice.dropFirst() }
        return slice
    }

    /// The invoked words after wrappers such as `sudo -u app` or `env X=1` are stripped.
    var effectiveInvocation: ArraySlice<String> {
        var slice = invocation
        while let first = slice.first, wrapperPrograms.contains(RepositoryPath.name(of: first)) {
            slice = slice.dropFirst()
            while let option = slice.first, option.hasPrefix("-") || isAssignment(option) {
                slice = slice.dropFirst()
                if wrapperOptionsWithValue.contains(option) { slice = slice.dropFirst() }
            }
        }
        return slice
    }

    /// The program actually run, without its directory (`/usr/bin/curl` → `curl`).
    var programName: String? {
        effectiveInvocation.first.map(RepositoryPath.name(of:))
    }

    private func isAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return false }
        return word[..<equals].allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }
}
