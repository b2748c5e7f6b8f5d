import ArgumentParser
import Foundation
import InfragateEngine

struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Validate or create a policy file.",
        subcommands: [Validate.self, Init.self]
    )

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Check a policy file; errors name the file and line (exit 2).")

        @Argument(help: "The policy file.")
        var file: String = PolicyLoader.fileName

        func run() throws {
            do {
                _ = try PolicyLoader.load(file: file)
                print("\(file): valid")
            } catch let error as GateError {
                FileHandle.standardError.write(Data("infragate: \(error)\n".utf8))
                throw ExitCode(error.exitCode)
            }
        }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a commented default policy (refuses to overwrite).")

        @Argument(help: "Where to write it.")
        var file: String = PolicyLoader.fileName

        func run() throws {
            guard !FileManager.default.fileExists(atPath: file) else {
                FileHandle.standardError.write(Data("infragate: \(file) exists; not overwritten\n".utf8))
                throw ExitCode(2)
            }
            try Policy.template.write(toFile: file, atomically: true, encoding: .utf8)
            print("wrote \(file)")
        }
    }
}
