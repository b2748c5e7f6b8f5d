/// One build stage: a `FROM` and the instructions up to the next `FROM`.
public struct Stage: Sendable {
    /// 0-based position among the stages, as `COPY --from=0` counts them.
    public let index: Int
    /// The `AS` name as written, if any (Docker compares stage names case-insensitively).
    public let name: String?
    public let from: Instruction
    public let base: BaseImage
    /// The `--platform=` flag of the `FROM`, as written.
    public let platform: String?
    /// The instructions after the `FROM`, in order; for a stage built on an earlier stage, that
    /// stage's `ONBUILD` triggers come first (at the `ONBUILD` lines), since BuildKit runs them there.
    public let instructions: [Instruction]

    public init(index: Int, name: String?, from: Instruction, base: BaseImage, platform: String?, instructions: [Instruction]) {
        self.index = index
        self.name = name
        self.from = from
        self.base = base
        self.platform = platform
        self.instructions = instructions
    }

    /// A short, stable label for messages and identities: the stage name, or its index.
    public var label: String { name ?? String(index) }

    /// The stage's instructions with this (uppercase) keyword, in order.
    public func instructions(withKeyword keyword: String) -> [Instruction] {
        instructions.filter { $0.keyword == keyword }
    }
}

/// What a stage is built on.
public enum BaseImage: Hashable, Sendable {
    case image(ImageReference)
    /// `FROM scratch`: an empty image, nothing to pin.
    case scratch
    /// `FROM <earlier stage>`: not an image at all.
    case stage(index: Int, name: String)
    /// The reference uses a variable whose value is not known from the file (e.g. `FROM $BASE`).
    case unresolved(String)
}
