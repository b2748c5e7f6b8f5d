import InfragateParsers

/// What rules ask of shell commands: Dockerfile `RUN`, GitHub Actions `run:` and GitLab CI scripts.
extension ShellCommand {
    private static let downloaders: Set<String> = ["curl", "wget", "iwr", "irm", "Invoke-WebRequest", "Invoke-RestMethod"]
    /// Programs that execute what they read: shells, script interpreters and PowerShell's `iex`.
    private static let interpreters: Set<String> = ShellScript.shells.union(["python", "python3", "perl", "ruby", "node", "php", "pwsh", "iex", "Invoke-Expression"])
    /// Programs that execute a command substitution given as an argument (`bash <(curl …)`).
    private static let substitutionRunners: Set<String> = ShellScript.shells.union(["source", ".", "eval"])
    private static let downloadSubstitutions = ["$(curl", "$(wget", "<(curl", "<(wget", "`curl", "`wget"]
    /// Commands whose output is the job log.
    private static let printers: Set<String> = ["echo", "printf", "print", "Write-Host", "Write-Output", "cat"]

    /// The downloader and the program that runs its output, when `commands` execute a download unverified:
    /// `curl … | sh`, `wget -qO- … | sudo bash`, `bash <(curl …)`, `iwr … | iex`.
    static func pipedDownload(in commands: [ShellCommand]) -> (downloader: String, runner: String)? {
        var pipelineDownloader: String?
        for command in commands {
            guard let program = command.programName else { continue }
            if let downloader = pipelineDownloader, interpreters.contains(program) { return (downloader, program) }
            if substitutionRunners.contains(program),
               let substitution = command.effectiveInvocation.dropFirst().first(where: { word in downloadSubstitutions.contains(where: word.contains) }) {
                return (substitution.contains("wget") ? "wget" : "curl", program)
            }
            if downloaders.contains(program), command.pipesIntoNext {
                pipelineDownloader = program
            } else if !command.pipesIntoNext {
                pipelineDownloader = nil
            }
        }
        return nil
    }

    /// Whether this command writes its arguments to the job log: a printer whose output is not piped
    /// on. Redirections are not visible in the words, so callers also look for `>` in the line.
    var printsToLog: Bool {
        guard let program = programName else { return false }
        return Self.printers.contains(program) && !pipesIntoNext
    }
}
