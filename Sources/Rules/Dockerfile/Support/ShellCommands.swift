import InfragateParsers

extension Instruction {
    /// The whole `RUN` script as one string, for checks that look for a command anywhere in it.
    var shellText: String {
        ([execForm?.joined(separator: " ") ?? arguments] + heredocs.map(\.body)).joined(separator: "\n")
    }

    /// The `--mount=type=cache` targets of a `RUN`.
    var cacheMountTargets: [String] {
        flags.filter { $0.name == "mount" }.compactMap { flag in
            let options = (flag.value ?? "").split(separator: ",")
            guard options.contains("type=cache") else { return nil }
            return options.first { $0.hasPrefix("target=") || $0.hasPrefix("dst=") || $0.hasPrefix("destination=") }
                .map { String($0.split(separator: "=", maxSplits: 1).last ?? "") }
        }
    }
}

extension Instruction {
    /// The package installs a `RUN` performs.
    var packageInstalls: [PackageInstall] {
        shellCommands.compactMap(PackageInstall.init)
    }
}
