extension SecretDetector {
    static let azureSASToken = SecretDetector(
        id: "SECRET-AZURE-SAS-TOKEN", title: "Azure shared access signature",
        grants: "the storage permissions and resources it was signed for, until it expires",
        revoke: "the Azure portal, rotate the storage account key that signed it (or revoke its stored access policy)",
        equivalents: [.trufflehog("AzureSAS")],
        finder: KeyedValue(keys: ["sig="], caseless: false, .signature, 40...120, cues: [.literal("sv=")], cueDistance: 400) { $0.suffix(3).elementsEqual("%3D".utf8) || $0.last == UInt8(ascii: "=") },
        triggering: [
            "↓BACKUP_URL=https://shopprod.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&spr=https&sig=KFuGwJaA34mZbacrqxBd3pNzy3nxA15K4n0U9x1kYT3%3D",
        ],
        nonTriggering: [
            "BACKUP_URL=https://shopprod.blob.core.windows.net/backups?sv=2022-11-02&ss=b&sp=r&sig=${SAS_SIGNATURE}",
            "BACKUP_URL=https://shopprod.blob.core.windows.net/backups?sig=KFuGwJaA34mZbacrqxBd3pNzy3nxA15K4n0U9x1kYT3%3D",
        ])
}
