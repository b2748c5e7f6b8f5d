import InfragateParsers

/// Redis server configuration: `redis.conf` wherever it sits (and `redis-*.conf`, `*.redis.conf`),
/// read as Redis reads it (`RedisConfig`).
public enum RedisPack: RulePack {
    public static let kind = FileKind.redisConfig
    public static let examplePath = "redis.conf"

    static let checks = RuleSet<RedisConfig>([
        RedisRule.withoutAuthentication,
        RedisRule.protectedModeOff,
        RedisRule.boundToEveryInterface,
        RedisRule.userWithoutPassword,
        RedisRule.committedPassword,
        RedisRule.debugCommand,
        RedisRule.moduleCommand,
        RedisRule.protectedConfigs,
    ])

    public static let rules = checks.descriptions

    public static func recognises(path: String) -> Bool {
        let name = RepositoryPath.name(of: path).lowercased()
        return name == "redis.conf" || name.hasSuffix(".redis.conf") || name.hasPrefix("redis-") && name.hasSuffix(".conf")
    }

    public static func evaluate(_ file: SourceFile, in snapshot: any RepositorySnapshot) -> PackResult {
        PackResult(violations: checks.violations(in: RedisConfig(parsing: file.text), enabled: file.enabledRules))
    }
}
